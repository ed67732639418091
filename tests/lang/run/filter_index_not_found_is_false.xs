// judgement: see docs/language-decisions.md#index-not-found
function "filter_index_not_found_is_false" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|index:"war"
    }
  }

  response = $x
}
