// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_filter_none_match" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|filter:$$>5
    }
  }

  response = $x
}
