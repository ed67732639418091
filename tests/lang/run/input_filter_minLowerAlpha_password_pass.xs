// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_minLowerAlpha_password_pass" {
  input {
    password pwd filters=minLowerAlpha:1
  }

  stack {

  }

  response = $input.pwd
}
