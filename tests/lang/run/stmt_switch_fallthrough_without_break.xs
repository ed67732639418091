// judgement: see docs/language-decisions.md#switch
function "stmt_switch_fallthrough_without_break" {
  input {
  }

  stack {
    var $r {
      value = []
    }
    switch (1) {
      case (1) {
        var.update $r {
          value = $r|push:"one"
        }
      }
      case (2) {
        var.update $r {
          value = $r|push:"two"
        }
      } break
      default {
        var.update $r {
          value = $r|push:"default"
        }
      }
    }
  }

  response = $r
}
