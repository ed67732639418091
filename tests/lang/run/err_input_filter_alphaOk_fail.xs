// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_alphaOk_fail" {
  input {
    text initials filters=alphaOk
  }

  stack {

  }

  response = $input.initials
}
