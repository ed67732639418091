// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_max_password_fail" {
  input {
    password pwd filters=max:32
  }

  stack {

  }

  response = $input.pwd
}
