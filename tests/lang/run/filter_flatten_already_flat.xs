// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_flatten_already_flat" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|flatten
    }
  }

  response = $x
}
