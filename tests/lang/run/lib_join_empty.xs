// judgement: see docs/language-decisions.md#empty-collections
function "lib_join_empty" {
  input {
  }

  stack {
    var $x {
      value = []|join:","
    }
  }

  response = $x
}
