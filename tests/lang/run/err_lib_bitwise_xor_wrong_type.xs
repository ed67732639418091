// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_bitwise_xor_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|bitwise_xor:2
    }
  }

  response = $x
}
