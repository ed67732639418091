// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_ok_fail_case" {
  input {
    text code filters=ok:ABC123
  }

  stack {

  }

  response = $input.code
}
