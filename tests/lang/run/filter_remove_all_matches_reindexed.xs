// judgement: see docs/language-decisions.md#reindexed-lists
function "filter_remove_all_matches_reindexed" {
  input {
  }

  stack {
    var $x {
      value = [1,2,1,3]|remove:1
    }
  }

  response = $x
}
