// judgement: see docs/language-decisions.md#empty-collections
function "lib_intersect_empty" {
  input {
  }

  stack {
    var $x {
      value = []|intersect:[1]
    }
  }

  response = $x
}
