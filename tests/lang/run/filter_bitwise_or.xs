// docs: Xano XanoScript language-server filter reference (hover docs), bitwise_or
function "filter_bitwise_or" {
  input {
  }

  stack {
    var $x {
      value = 7|bitwise_or:9
    }
  }

  response = $x
}
