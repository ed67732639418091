// docs: Xano XanoScript language-server filter reference (hover docs), equals
function "lib_equals_different" {
  input {
  }

  stack {
    var $x {
      value = 1|equals:2
    }
  }

  response = $x
}
