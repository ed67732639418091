// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_password_policy_fail" {
  input {
    password pwd filters=min:8|minAlpha:1|minDigit:1
  }

  stack {

  }

  response = $input.pwd
}
