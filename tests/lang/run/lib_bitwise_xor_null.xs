// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bitwise_xor_null" {
  input {
  }

  stack {
    var $x {
      value = null|bitwise_xor:2
    }
  }

  response = $x
}
