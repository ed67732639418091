// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_lower_text" {
  input {
    text email filters=lower
  }

  stack {

  }

  response = $input.email
}
