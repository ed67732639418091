// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_set_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "x"|set:"a":1
    }
  }

  response = $x
}
