// judgement: see docs/language-decisions.md#lib-null-input
function "lib_set_ifnotnull_null" {
  input {
  }

  stack {
    var $x {
      value = null|set_ifnotnull:"a":1
    }
  }

  response = $x
}
