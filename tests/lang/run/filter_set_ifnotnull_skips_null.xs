// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_set_ifnotnull_skips_null" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_ifnotnull:"b":null
    }
  }

  response = $x
}
