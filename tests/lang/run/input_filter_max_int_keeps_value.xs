// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_max_int_keeps_value" {
  input {
    int per_page filters=max:1000
  }

  stack {

  }

  response = $input.per_page
}
