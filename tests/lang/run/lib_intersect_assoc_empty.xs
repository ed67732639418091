// judgement: see docs/language-decisions.md#empty-collections
function "lib_intersect_assoc_empty" {
  input {
  }

  stack {
    var $x {
      value = []|intersect_assoc:[{a:1}]
    }
  }

  response = $x
}
