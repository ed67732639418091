// docs: https://docs.xano.com/database/field-types/password-configuration
function "input_filter_password_policy_pass" {
  input {
    password pwd filters=min:8|minAlpha:1|minDigit:1
  }

  stack {

  }

  response = $input.pwd
}
