// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_min_int_keeps_value" {
  input {
    int page filters=min:1
  }

  stack {

  }

  response = $input.page
}
