// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_decimal_fraction_fail" {
  input {
    decimal amount filters=min:0.5
  }

  stack {

  }

  response = $input.amount
}
