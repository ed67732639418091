// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_list_each_element" {
  input {
    text[] tags filters=trim|lower|max:5
  }

  stack {

  }

  response = $input.tags
}
