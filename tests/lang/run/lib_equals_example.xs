// docs: Xano XanoScript language-server filter reference (hover docs), equals
function "lib_equals_example" {
  input {
  }

  stack {
    var $x {
      value = 5|equals:5
    }
  }

  response = $x
}
