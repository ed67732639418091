// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_max_password_pass" {
  input {
    password pwd filters=max:32
  }

  stack {

  }

  response = $input.pwd
}
