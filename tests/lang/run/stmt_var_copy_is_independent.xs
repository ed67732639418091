// judgement: see docs/language-decisions.md#filters-return-new-values
function "stmt_var_copy_is_independent" {
  input {
  }

  stack {
    var $a {
      value = [1]
    }
    var $b {
      value = $a
    }
    var.update $b {
      value = $b|push:2
    }
  }

  response = {a: $a, b: $b}
}
