// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_decimal_fail" {
  input {
    decimal amount filters=min:10
  }

  stack {

  }

  response = $input.amount
}
