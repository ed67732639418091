// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_merge_empty" {
  input {
  }

  stack {
    var $x {
      value = []|merge:[1]
    }
  }

  response = $x
}
