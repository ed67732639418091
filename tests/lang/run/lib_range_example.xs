// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_range_example" {
  input {
  }

  stack {
    var $x {
      value = null|range:1:5
    }
  }

  response = $x
}
