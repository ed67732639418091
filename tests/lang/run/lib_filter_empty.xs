// judgement: see docs/language-decisions.md#empty-collections
function "lib_filter_empty" {
  input {
  }

  stack {
    var $x {
      value = []|filter:$$
    }
  }

  response = $x
}
