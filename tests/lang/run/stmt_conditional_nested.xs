// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_conditional_nested" {
  input {
  }

  stack {
    var $r {
      value = ""
    }
    conditional {
      if (true) {
        conditional {
          if (false) {
            var.update $r {
              value = "a"
            }
          }
          else {
            var.update $r {
              value = "b"
            }
          }
        }
      }
    }
  }

  response = $r
}
