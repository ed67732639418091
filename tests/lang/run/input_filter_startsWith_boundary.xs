// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_startsWith_boundary" {
  input {
    text code filters=startsWith:ABC
  }

  stack {

  }

  response = $input.code
}
