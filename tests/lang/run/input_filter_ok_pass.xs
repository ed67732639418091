// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_ok_pass" {
  input {
    text code filters=ok:ABC123
  }

  stack {

  }

  response = $input.code
}
