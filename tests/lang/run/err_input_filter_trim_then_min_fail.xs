// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_trim_then_min_fail" {
  input {
    text name filters=trim|min:3
  }

  stack {

  }

  response = $input.name
}
