// judgement: see docs/language-decisions.md#empty-collections
function "lib_merge_empty" {
  input {
  }

  stack {
    var $x {
      value = []|merge:[]
    }
  }

  response = $x
}
