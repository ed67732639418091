// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minDigit_password_plural" {
  input {
    password pwd filters=minDigit:2
  }

  stack {

  }

  response = $input.pwd
}
