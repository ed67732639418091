// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_min_text_pass" {
  input {
    text username filters=min:3
  }

  stack {

  }

  response = $input.username
}
