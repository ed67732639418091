// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_nullable_null_skips" {
  input {
    int? age filters=min:18
  }

  stack {

  }

  response = $input.age
}
