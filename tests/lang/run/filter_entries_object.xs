// judgement: see docs/language-decisions.md#entries
function "filter_entries_object" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2,"c":3}|entries
    }
  }

  response = $x
}
