// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_min_max_int_range" {
  input {
    int qty filters=min:0|max:100
  }

  stack {

  }

  response = $input.qty
}
