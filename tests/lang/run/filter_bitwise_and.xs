// docs: Xano XanoScript language-server filter reference (hover docs), bitwise_and
function "filter_bitwise_and" {
  input {
  }

  stack {
    var $x {
      value = 7|bitwise_and:3
    }
  }

  response = $x
}
