// judgement: see docs/language-decisions.md#inputs
function "input_bool_value" {
  input {
    bool flag
  }

  stack {

  }

  response = $input.flag ? "on" : "off"
}
