// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_without_argument" {
  input {
    int age filters=min
  }

  stack {

  }

  response = $input.age
}
