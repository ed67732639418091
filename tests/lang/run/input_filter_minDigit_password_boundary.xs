// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_minDigit_password_boundary" {
  input {
    password pwd filters=minDigit:1
  }

  stack {

  }

  response = $input.pwd
}
