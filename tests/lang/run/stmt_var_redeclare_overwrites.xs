// judgement: see docs/language-decisions.md#scoping
function "stmt_var_redeclare_overwrites" {
  input {
  }

  stack {
    var $v {
      value = 1
    }
    var $v {
      value = 2
    }
  }

  response = $v
}
