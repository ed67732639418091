// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_trim_text" {
  input {
    text name filters=trim
  }

  stack {

  }

  response = $input.name
}
