// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_has_false" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|has:'nope'
    }
  }

  response = $x
}
