// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_iindex_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|iindex:"l"
    }
  }

  response = $x
}
