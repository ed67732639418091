// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_prevent_case_sensitive" {
  input {
    text comment filters=prevent:spam
  }

  stack {

  }

  response = $input.comment
}
