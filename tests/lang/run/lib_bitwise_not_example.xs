// docs: Xano XanoScript language-server filter reference (hover docs), bitwise_not
function "lib_bitwise_not_example" {
  input {
  }

  stack {
    var $x {
      value = 5|bitwise_not
    }
  }

  response = $x
}
