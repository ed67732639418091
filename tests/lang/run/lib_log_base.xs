// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_log_base" {
  input {
  }

  stack {
    var $x {
      value = 8|log:2
    }
  }

  response = $x
}
