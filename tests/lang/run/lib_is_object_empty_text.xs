// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_object_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|is_object
    }
  }

  response = $x
}
