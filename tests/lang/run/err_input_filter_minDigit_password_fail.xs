// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minDigit_password_fail" {
  input {
    password pwd filters=minDigit:1
  }

  stack {

  }

  response = $input.pwd
}
