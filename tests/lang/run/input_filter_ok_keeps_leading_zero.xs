// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_ok_keeps_leading_zero" {
  input {
    text code filters=ok:0123
  }

  stack {

  }

  response = $input.code
}
