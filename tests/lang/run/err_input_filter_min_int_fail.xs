// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_int_fail" {
  input {
    int age filters=min:18
  }

  stack {

  }

  response = $input.age
}
