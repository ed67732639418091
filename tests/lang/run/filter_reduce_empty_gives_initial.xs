// judgement: see docs/language-decisions.md#empty-collections
function "filter_reduce_empty_gives_initial" {
  input {
  }

  stack {
    var $x {
      value = []|reduce:$$+$result:7
    }
  }

  response = $x
}
