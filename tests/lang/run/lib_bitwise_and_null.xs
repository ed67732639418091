// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bitwise_and_null" {
  input {
  }

  stack {
    var $x {
      value = null|bitwise_and:2
    }
  }

  response = $x
}
