// judgement: see docs/language-decisions.md#lib-null-input
function "lib_set_null" {
  input {
  }

  stack {
    var $x {
      value = null|set:"a":1
    }
  }

  response = $x
}
