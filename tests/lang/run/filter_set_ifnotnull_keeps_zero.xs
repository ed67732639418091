// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_set_ifnotnull_keeps_zero" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_ifnotnull:"b":0
    }
  }

  response = $x
}
