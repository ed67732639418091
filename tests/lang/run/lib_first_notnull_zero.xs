// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_first_notnull_zero" {
  input {
  }

  stack {
    var $x {
      value = 0|first_notnull:"d"
    }
  }

  response = $x
}
