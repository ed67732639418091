// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_alphaOk_pass" {
  input {
    text initials filters=alphaOk
  }

  stack {

  }

  response = $input.initials
}
