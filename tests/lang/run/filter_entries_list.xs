// judgement: see docs/language-decisions.md#entries
function "filter_entries_list" {
  input {
  }

  stack {
    var $x {
      value = ["x","y"]|entries
    }
  }

  response = $x
}
