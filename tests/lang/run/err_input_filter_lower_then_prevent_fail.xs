// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_lower_then_prevent_fail" {
  input {
    text comment filters=lower|prevent:spam
  }

  stack {

  }

  response = $input.comment
}
