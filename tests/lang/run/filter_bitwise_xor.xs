// docs: Xano XanoScript language-server filter reference (hover docs), bitwise_xor
function "filter_bitwise_xor" {
  input {
  }

  stack {
    var $x {
      value = 7|bitwise_xor:9
    }
  }

  response = $x
}
