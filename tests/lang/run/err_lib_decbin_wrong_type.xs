// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_decbin_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|decbin
    }
  }

  response = $x
}
