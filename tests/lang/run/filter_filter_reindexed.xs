// judgement: see docs/language-decisions.md#reindexed-lists
function "filter_filter_reindexed" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|filter:$$>2
    }
  }

  response = $x
}
