// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_range_down" {
  input {
  }

  stack {
    var $x {
      value = null|range:3:1
    }
  }

  response = $x
}
