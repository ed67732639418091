// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_first_notnull_keeps_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|first_notnull:"x"
    }
  }

  response = $x
}
