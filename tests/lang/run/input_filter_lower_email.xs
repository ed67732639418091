// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_lower_email" {
  input {
    email address filters=lower
  }

  stack {

  }

  response = $input.address
}
