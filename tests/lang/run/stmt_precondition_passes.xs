// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_precondition_passes" {
  input {
  }

  stack {
    var $n {
      value = 3
    }
    precondition ($n > 0) {
      error = "never raised"
    }
  }

  response = "passed"
}
