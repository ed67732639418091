// judgement: see docs/language-decisions.md#inputs
function "input_array_value" {
  input {
    text[] tags
  }

  stack {

  }

  response = $input.tags|join:"+"
}
