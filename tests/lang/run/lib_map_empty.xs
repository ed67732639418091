// judgement: see docs/language-decisions.md#empty-collections
function "lib_map_empty" {
  input {
  }

  stack {
    var $x {
      value = []|map:$$+1
    }
  }

  response = $x
}
