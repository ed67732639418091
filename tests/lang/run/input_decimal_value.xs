// judgement: see docs/language-decisions.md#inputs
function "input_decimal_value" {
  input {
    decimal price
  }

  stack {

  }

  response = $input.price * 2
}
