// judgement: see docs/language-decisions.md#return
function "stmt_return_skips_rest_of_stack" {
  input {
  }

  stack {
    var $x {
      value = 1
    }
    conditional {
      if ($x == 1) {
        return {
          value = {stopped_at: $x}
        }
      }
    }
    var.update $x {
      value = 2
    }
  }

  response = $x
}
