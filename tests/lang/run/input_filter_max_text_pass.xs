// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_max_text_pass" {
  input {
    text username filters=max:20
  }

  stack {

  }

  response = $input.username
}
