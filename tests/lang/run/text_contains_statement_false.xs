// judgement: see docs/language-decisions.md#statement-functions
function "text_contains_statement_false" {
  input {
  }

  stack {
    var $s {
      value = "all good"
    }
    text.contains $s {
      value = "error"
    } as $r
  }

  response = $r
}
