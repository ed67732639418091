// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_unset_missing_key" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|unset:"z"
    }
  }

  response = $x
}
