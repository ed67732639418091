// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_set_conditional_false" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_conditional:"b":2:false
    }
  }

  response = $x
}
