// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_minUpperAlpha_password_pass" {
  input {
    password pwd filters=minUpperAlpha:1
  }

  stack {

  }

  response = $input.pwd
}
