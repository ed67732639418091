// judgement: see docs/language-decisions.md#empty-collections
function "lib_greater_than_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|greater_than:"a"
    }
  }

  response = $x
}
