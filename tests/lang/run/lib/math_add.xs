// helper for function.run cases: adds two ints
function "math_add" {
  input {
    int a
    int b
  }

  stack {
    var $sum {
      value = $input.a + $input.b
    }
  }

  response = $sum
}
