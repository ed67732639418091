// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_unknown_without_value" {
  input {
    text name? filters=to_upper
  }

  stack {

  }

  response = $input.name
}
