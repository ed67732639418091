// judgement: see docs/language-decisions.md#inputs
function "input_whole_object" {
  input {
    int a
    text b
  }

  stack {

  }

  response = $input
}
