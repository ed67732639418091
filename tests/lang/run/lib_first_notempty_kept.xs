// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_first_notempty_kept" {
  input {
  }

  stack {
    var $x {
      value = "x"|first_notempty:"d"
    }
  }

  response = $x
}
