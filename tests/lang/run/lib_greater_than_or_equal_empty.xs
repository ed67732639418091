// judgement: see docs/language-decisions.md#empty-collections
function "lib_greater_than_or_equal_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|greater_than_or_equal:"a"
    }
  }

  response = $x
}
