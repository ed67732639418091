// judgement: see docs/language-decisions.md#statement-functions
function "text_statement_keeps_other_vars" {
  input {
  }

  stack {
    var $a {
      value = "x"
    }
    var $b {
      value = $a
    }
    text.append $b {
      value = "y"
    }
  }

  response = {a: $a, b: $b}
}
