// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_rad2deg_example" {
  input {
  }

  stack {
    var $x {
      value = 0|rad2deg
    }
  }

  response = $x
}
