// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_digitOk_ok_together_fail" {
  input {
    text phone filters=digitOk|ok:"-"
  }

  stack {

  }

  response = $input.phone
}
