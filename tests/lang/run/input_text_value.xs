// judgement: see docs/language-decisions.md#inputs
function "input_text_value" {
  input {
    text name
  }

  stack {

  }

  response = "Hi " ~ $input.name
}
