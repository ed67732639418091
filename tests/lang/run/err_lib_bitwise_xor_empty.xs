// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_bitwise_xor_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|bitwise_xor:2
    }
  }

  response = $x
}
