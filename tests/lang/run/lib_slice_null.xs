// judgement: see docs/language-decisions.md#lib-null-input
function "lib_slice_null" {
  input {
  }

  stack {
    var $x {
      value = null|slice:0:2
    }
  }

  response = $x
}
