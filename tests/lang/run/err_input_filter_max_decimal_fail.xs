// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_max_decimal_fail" {
  input {
    decimal amount filters=max:100
  }

  stack {

  }

  response = $input.amount
}
