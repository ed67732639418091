// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_startsWith_fail_inside" {
  input {
    text code filters=startsWith:ABC
  }

  stack {

  }

  response = $input.code
}
