// judgement: see docs/language-decisions.md#empty-collections
function "lib_not_equals_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|not_equals:"a"
    }
  }

  response = $x
}
