// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_max_int_negative_bound" {
  input {
    int delta filters=max:-1
  }

  stack {

  }

  response = $input.delta
}
