// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_icontains_false" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|icontains:"war"
    }
  }

  response = $x
}
