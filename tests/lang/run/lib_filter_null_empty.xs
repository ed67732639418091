// judgement: see docs/language-decisions.md#empty-collections
function "lib_filter_null_empty" {
  input {
  }

  stack {
    var $x {
      value = []|filter_null
    }
  }

  response = $x
}
