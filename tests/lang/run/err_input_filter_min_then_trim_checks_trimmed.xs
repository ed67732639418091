// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_then_trim_checks_trimmed" {
  input {
    text name filters=min:3|trim
  }

  stack {

  }

  response = $input.name
}
