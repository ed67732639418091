// judgement: see docs/language-decisions.md#truthiness
function "stmt_conditional_truthy_text_condition" {
  input {
  }

  stack {
    var $r {
      value = "no"
    }
    conditional {
      if ("0") {
        var.update $r {
          value = "yes"
        }
      }
      else {
        var.update $r {
          value = "falsy"
        }
      }
    }
  }

  response = $r
}
