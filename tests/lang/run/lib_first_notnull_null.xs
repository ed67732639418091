// judgement: see docs/language-decisions.md#lib-null-input
function "lib_first_notnull_null" {
  input {
  }

  stack {
    var $x {
      value = null|first_notnull:null
    }
  }

  response = $x
}
