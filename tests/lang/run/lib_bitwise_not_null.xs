// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bitwise_not_null" {
  input {
  }

  stack {
    var $x {
      value = null|bitwise_not
    }
  }

  response = $x
}
