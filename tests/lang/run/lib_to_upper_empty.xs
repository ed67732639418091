// judgement: see docs/language-decisions.md#empty-collections
function "lib_to_upper_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|to_upper
    }
  }

  response = $x
}
