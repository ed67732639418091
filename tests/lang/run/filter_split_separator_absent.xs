// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_split_separator_absent" {
  input {
  }

  stack {
    var $x {
      value = "abc"|split:","
    }
  }

  response = $x
}
