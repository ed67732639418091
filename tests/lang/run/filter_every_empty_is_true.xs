// judgement: see docs/language-decisions.md#empty-collections
function "filter_every_empty_is_true" {
  input {
  }

  stack {
    var $x {
      value = []|every:$$>0
    }
  }

  response = $x
}
