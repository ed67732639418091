// judgement: see docs/language-decisions.md#inputs
function "input_optional_missing_is_null" {
  input {
    text note?
  }

  stack {

  }

  response = $input.note
}
