// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_min_decimal_pass" {
  input {
    decimal amount filters=min:10
  }

  stack {

  }

  response = $input.amount
}
