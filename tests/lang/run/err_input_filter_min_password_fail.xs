// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_password_fail" {
  input {
    password pwd filters=min:8
  }

  stack {

  }

  response = $input.pwd
}
