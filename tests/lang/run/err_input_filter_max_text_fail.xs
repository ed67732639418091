// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_max_text_fail" {
  input {
    text username filters=max:20
  }

  stack {

  }

  response = $input.username
}
