// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_prevent_fail" {
  input {
    text comment filters=prevent:spam
  }

  stack {

  }

  response = $input.comment
}
