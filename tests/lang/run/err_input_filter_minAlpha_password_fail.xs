// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minAlpha_password_fail" {
  input {
    password pwd filters=minAlpha:2
  }

  stack {

  }

  response = $input.pwd
}
