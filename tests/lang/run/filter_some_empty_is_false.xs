// judgement: see docs/language-decisions.md#empty-collections
function "filter_some_empty_is_false" {
  input {
  }

  stack {
    var $x {
      value = []|some:$$>0
    }
  }

  response = $x
}
