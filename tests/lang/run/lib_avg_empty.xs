// judgement: see docs/language-decisions.md#empty-collections
function "lib_avg_empty" {
  input {
  }

  stack {
    var $x {
      value = []|avg
    }
  }

  response = $x
}
