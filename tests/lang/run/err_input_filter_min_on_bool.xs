// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_min_on_bool" {
  input {
    bool flag filters=min:1
  }

  stack {

  }

  response = $input.flag
}
