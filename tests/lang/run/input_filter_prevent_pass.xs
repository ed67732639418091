// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_prevent_pass" {
  input {
    text comment filters=prevent:spam
  }

  stack {

  }

  response = $input.comment
}
