// judgement: see docs/language-decisions.md#inputs
function "input_int_value" {
  input {
    int user_id
  }

  stack {

  }

  response = $input.user_id
}
