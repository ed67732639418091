// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_min_text_counts_characters" {
  input {
    text username filters=min:3
  }

  stack {

  }

  response = $input.username
}
