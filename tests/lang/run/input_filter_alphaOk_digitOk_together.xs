// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_alphaOk_digitOk_together" {
  input {
    text handle filters=alphaOk|digitOk
  }

  stack {

  }

  response = $input.handle
}
