// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_switch_no_match_no_default" {
  input {
  }

  stack {
    var $r {
      value = "none"
    }
    switch ("x") {
      case ("a") {
        var.update $r {
          value = "a"
        }
      } break
    }
  }

  response = $r
}
