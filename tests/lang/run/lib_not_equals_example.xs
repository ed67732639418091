// docs: Xano XanoScript language-server filter reference (hover docs), not_equals
function "lib_not_equals_example" {
  input {
  }

  stack {
    var $x {
      value = 5|not_equals:3
    }
  }

  response = $x
}
