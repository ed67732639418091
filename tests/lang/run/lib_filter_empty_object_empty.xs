// judgement: see docs/language-decisions.md#empty-collections
function "lib_filter_empty_object_empty" {
  input {
  }

  stack {
    var $x {
      value = []|filter_empty_object
    }
  }

  response = $x
}
