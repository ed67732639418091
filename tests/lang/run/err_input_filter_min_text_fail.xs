// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_text_fail" {
  input {
    text username filters=min:3
  }

  stack {

  }

  response = $input.username
}
