// judgement: see docs/language-decisions.md#empty-collections
function "lib_reduce_empty" {
  input {
  }

  stack {
    var $x {
      value = []|reduce:$$+$result:10
    }
  }

  response = $x
}
