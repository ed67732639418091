// docs: Xano XanoScript language-server filter reference (hover docs), multiply
function "lib_multiply_example" {
  input {
  }

  stack {
    var $x {
      value = 2.5|multiply:6
    }
  }

  response = $x
}
