// judgement: see docs/language-decisions.md#scoping
function "stmt_conditional_var_visible_after" {
  input {
  }

  stack {
    conditional {
      if (true) {
        var $inside {
          value = "declared in branch"
        }
      }
    }
  }

  response = $inside
}
