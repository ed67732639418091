// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_max_int_fail" {
  input {
    int age filters=max:65
  }

  stack {

  }

  response = $input.age
}
