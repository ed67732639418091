// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_var_update_changes_type" {
  input {
  }

  stack {
    var $v {
      value = 1
    }
    var.update $v {
      value = "one"
    }
  }

  response = $v
}
