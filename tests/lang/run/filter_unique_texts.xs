// judgement: see docs/language-decisions.md#reindexed-lists
function "filter_unique_texts" {
  input {
  }

  stack {
    var $x {
      value = ["a","b","a","c","b"]|unique
    }
  }

  response = $x
}
