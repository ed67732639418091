// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_switch_int_cases" {
  input {
  }

  stack {
    var $r {
      value = ""
    }
    switch (2) {
      case (1) {
        var.update $r {
          value = "one"
        }
      } break
      case (2) {
        var.update $r {
          value = "two"
        }
      } break
    }
  }

  response = $r
}
