// judgement: see docs/language-decisions.md#empty-collections
function "lib_diff_assoc_empty" {
  input {
  }

  stack {
    var $x {
      value = []|diff_assoc:[{a:1}]
    }
  }

  response = $x
}
