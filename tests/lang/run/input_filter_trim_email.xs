// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_trim_email" {
  input {
    email address filters=trim
  }

  stack {

  }

  response = $input.address
}
