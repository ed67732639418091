// judgement: see docs/language-decisions.md#index-not-found
function "filter_index_at_start_is_zero" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|index:"Epic"
    }
  }

  response = $x
}
