// judgement: see docs/language-decisions.md#empty-collections
function "lib_slice_empty" {
  input {
  }

  stack {
    var $x {
      value = []|slice:0:2
    }
  }

  response = $x
}
