// judgement: see docs/language-decisions.md#inputs
function "input_default_value_overridden" {
  input {
    text role?="user"
  }

  stack {

  }

  response = $input.role
}
