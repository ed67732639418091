// judgement: see docs/language-decisions.md#empty-collections
function "lib_less_than_or_equal_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|less_than_or_equal:"a"
    }
  }

  response = $x
}
