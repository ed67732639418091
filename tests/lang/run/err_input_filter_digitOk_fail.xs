// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_digitOk_fail" {
  input {
    text pin filters=digitOk
  }

  stack {

  }

  response = $input.pin
}
