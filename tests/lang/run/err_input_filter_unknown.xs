// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_unknown" {
  input {
    text name filters=trimm
  }

  stack {

  }

  response = $input.name
}
