// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_range_step" {
  input {
  }

  stack {
    var $x {
      value = null|range:0:10:5
    }
  }

  response = $x
}
