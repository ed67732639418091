// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_first_notempty_zero" {
  input {
  }

  stack {
    var $x {
      value = 0|first_notempty:"d"
    }
  }

  response = $x
}
