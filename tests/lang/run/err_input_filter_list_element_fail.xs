// judgement: see docs/language-decisions.md#interp-input-filters
function "err_input_filter_list_element_fail" {
  input {
    text[] tags filters=trim|max:5
  }

  stack {

  }

  response = $input.tags
}
