// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_min_password_boundary" {
  input {
    password pwd filters=min:8
  }

  stack {

  }

  response = $input.pwd
}
