// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_minDigit_text_boundary" {
  input {
    text code filters=minDigit:2
  }

  stack {

  }

  response = $input.code
}
