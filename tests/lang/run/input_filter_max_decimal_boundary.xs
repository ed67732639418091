// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_max_decimal_boundary" {
  input {
    decimal amount filters=max:100
  }

  stack {

  }

  response = $input.amount
}
