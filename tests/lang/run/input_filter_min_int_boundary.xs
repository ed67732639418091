// docs: https://docs.xano.com/building/logic/core-components/inputs
function "input_filter_min_int_boundary" {
  input {
    int age filters=min:18
  }

  stack {

  }

  response = $input.age
}
