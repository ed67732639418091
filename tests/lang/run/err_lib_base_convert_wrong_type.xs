// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_base_convert_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|base_convert:16:10
    }
  }

  response = $x
}
