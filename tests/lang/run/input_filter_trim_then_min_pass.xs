// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_trim_then_min_pass" {
  input {
    text name filters=trim|min:3
  }

  stack {

  }

  response = $input.name
}
