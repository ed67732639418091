// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_array_max_decimal" {
  input {
  }

  stack {
    var $x {
      value = [1,2.5,2]|array_max
    }
  }

  response = $x
}
