// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_upper_text" {
  input {
    text shout filters=upper
  }

  stack {

  }

  response = $input.shout
}
