// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_min_int_numeric_text" {
  input {
    int age filters=min:18
  }

  stack {

  }

  response = $input.age
}
