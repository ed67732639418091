// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_find_first_of_many" {
  input {
  }

  stack {
    var $x {
      value = [3,8,9,10]|find:$$>7
    }
  }

  response = $x
}
