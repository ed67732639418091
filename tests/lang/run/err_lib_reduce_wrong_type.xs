// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_reduce_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|reduce:$$:0
    }
  }

  response = $x
}
