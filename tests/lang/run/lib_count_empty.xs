// judgement: see docs/language-decisions.md#empty-collections
function "lib_count_empty" {
  input {
  }

  stack {
    var $x {
      value = []|count
    }
  }

  response = $x
}
