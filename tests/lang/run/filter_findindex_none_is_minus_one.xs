// judgement: see docs/language-decisions.md#missing-values
function "filter_findindex_none_is_minus_one" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|findIndex:$$>5
    }
  }

  response = $x
}
