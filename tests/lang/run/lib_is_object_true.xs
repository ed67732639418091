// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_object_true" {
  input {
  }

  stack {
    var $x {
      value = {}|is_object
    }
  }

  response = $x
}
