// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_optional_missing_skips" {
  input {
    text nick? filters=min:3
  }

  stack {

  }

  response = $input.nick
}
