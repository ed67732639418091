// judgement: see docs/language-decisions.md#empty-collections
function "lib_lower_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|lower
    }
  }

  response = $x
}
