// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_bitwise_not_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|bitwise_not
    }
  }

  response = $x
}
