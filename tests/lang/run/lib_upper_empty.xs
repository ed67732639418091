// judgement: see docs/language-decisions.md#empty-collections
function "lib_upper_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|upper
    }
  }

  response = $x
}
