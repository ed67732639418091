// judgement: see docs/language-decisions.md#empty-collections
function "lib_sum_empty" {
  input {
  }

  stack {
    var $x {
      value = []|sum
    }
  }

  response = $x
}
