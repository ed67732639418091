// judgement: see docs/language-decisions.md#empty-collections
function "lib_less_than_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|less_than:"a"
    }
  }

  response = $x
}
