// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_deg2rad_example" {
  input {
  }

  stack {
    var $x {
      value = 180|deg2rad
    }
  }

  response = $x
}
