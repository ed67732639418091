// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_minSymbol_password_boundary" {
  input {
    password pwd filters=minSymbol:1
  }

  stack {

  }

  response = $input.pwd
}
