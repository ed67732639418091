// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_conditional_no_branch_taken" {
  input {
  }

  stack {
    var $r {
      value = "unchanged"
    }
    conditional {
      if (1 > 2) {
        var.update $r {
          value = "changed"
        }
      }
    }
  }

  response = $r
}
