// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_digitOk_pass" {
  input {
    text pin filters=digitOk
  }

  stack {

  }

  response = $input.pin
}
