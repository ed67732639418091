// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_null_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|is_null
    }
  }

  response = $x
}
