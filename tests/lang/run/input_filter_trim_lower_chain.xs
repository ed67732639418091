// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_trim_lower_chain" {
  input {
    text tag filters=trim|lower
  }

  stack {

  }

  response = $input.tag
}
