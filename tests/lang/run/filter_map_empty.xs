// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_map_empty" {
  input {
  }

  stack {
    var $x {
      value = []|map:$$*2
    }
  }

  response = $x
}
