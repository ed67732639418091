// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_max_int_boundary" {
  input {
    int age filters=max:65
  }

  stack {

  }

  response = $input.age
}
