// judgement: see docs/language-decisions.md#empty-values
function "filter_set_ifnotempty_skips_empty_array" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_ifnotempty:"b":[]
    }
  }

  response = $x
}
