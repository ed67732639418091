// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_empty_true" {
  input {
  }

  stack {
    var $x {
      value = ""|is_empty
    }
  }

  response = $x
}
