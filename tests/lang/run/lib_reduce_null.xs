// judgement: see docs/language-decisions.md#lib-null-input
function "lib_reduce_null" {
  input {
  }

  stack {
    var $x {
      value = null|reduce:$$+$result:0
    }
  }

  response = $x
}
