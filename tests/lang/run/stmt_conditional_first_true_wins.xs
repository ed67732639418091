// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_conditional_first_true_wins" {
  input {
  }

  stack {
    var $r {
      value = []
    }
    conditional {
      if (true) {
        var.update $r {
          value = $r|push:"if"
        }
      }
      elseif (true) {
        var.update $r {
          value = $r|push:"elseif"
        }
      }
    }
  }

  response = $r
}
