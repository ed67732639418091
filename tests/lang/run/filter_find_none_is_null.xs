// judgement: see docs/language-decisions.md#missing-values
function "filter_find_none_is_null" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|find:$$>5
    }
  }

  response = $x
}
