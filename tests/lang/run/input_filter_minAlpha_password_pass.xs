// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_minAlpha_password_pass" {
  input {
    password pwd filters=minAlpha:2
  }

  stack {

  }

  response = $input.pwd
}
