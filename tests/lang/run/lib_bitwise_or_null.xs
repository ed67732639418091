// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bitwise_or_null" {
  input {
  }

  stack {
    var $x {
      value = null|bitwise_or:2
    }
  }

  response = $x
}
