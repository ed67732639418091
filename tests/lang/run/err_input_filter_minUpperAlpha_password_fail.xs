// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minUpperAlpha_password_fail" {
  input {
    password pwd filters=minUpperAlpha:1
  }

  stack {

  }

  response = $input.pwd
}
