// docs: Xano XanoScript language-server filter reference (hover docs), not_equals
function "filter_not_equals_same" {
  input {
  }

  stack {
    var $x {
      value = 4|not_equals:4
    }
  }

  response = $x
}
