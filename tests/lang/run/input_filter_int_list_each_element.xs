// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_int_list_each_element" {
  input {
    int[] scores filters=min:0|max:100
  }

  stack {

  }

  response = $input.scores
}
