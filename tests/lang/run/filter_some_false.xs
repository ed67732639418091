// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_some_false" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|some:$$>2
    }
  }

  response = $x
}
