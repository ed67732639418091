// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minLowerAlpha_password_fail" {
  input {
    password pwd filters=minLowerAlpha:1
  }

  stack {

  }

  response = $input.pwd
}
