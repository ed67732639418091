// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_digitOk_boundary" {
  input {
    text pin filters=digitOk
  }

  stack {

  }

  response = $input.pin
}
