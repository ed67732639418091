// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_default_is_filtered" {
  input {
    int limit?=5 filters=min:1|max:100
  }

  stack {

  }

  response = $input.limit
}
