// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_digitOk_ok_together_pass" {
  input {
    text phone filters=digitOk|ok:"-"
  }

  stack {

  }

  response = $input.phone
}
