// judgement: see docs/language-decisions.md#inputs
function "input_json_passthrough" {
  input {
    json payload
  }

  stack {

  }

  response = $input.payload.items|count
}
