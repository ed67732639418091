// docs: Xano XanoScript reference, essentials
function "input_default_value_used" {
  input {
    text role?="user"
  }

  stack {

  }

  response = $input.role
}
