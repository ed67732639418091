// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_every_false" {
  input {
  }

  stack {
    var $x {
      value = [2,3]|every:$$%2==0
    }
  }

  response = $x
}
