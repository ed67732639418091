// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_asinh_example" {
  input {
  }

  stack {
    var $x {
      value = 0|asinh
    }
  }

  response = $x
}
