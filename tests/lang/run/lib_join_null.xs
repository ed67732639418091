// judgement: see docs/language-decisions.md#lib-null-input
function "lib_join_null" {
  input {
  }

  stack {
    var $x {
      value = null|join:","
    }
  }

  response = $x
}
