// judgement: see docs/language-decisions.md#empty-collections
function "lib_to_lower_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|to_lower
    }
  }

  response = $x
}
