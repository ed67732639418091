// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_bitwise_and_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|bitwise_and:2
    }
  }

  response = $x
}
