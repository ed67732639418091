// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_md5_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|md5
    }
  }

  response = $x
}
