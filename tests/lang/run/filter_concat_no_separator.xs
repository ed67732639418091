// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_concat_no_separator" {
  input {
  }

  stack {
    var $x {
      value = "a"|concat:"b"
    }
  }

  response = $x
}
