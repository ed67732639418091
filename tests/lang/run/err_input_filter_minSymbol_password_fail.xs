// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_minSymbol_password_fail" {
  input {
    password pwd filters=minSymbol:1
  }

  stack {

  }

  response = $input.pwd
}
