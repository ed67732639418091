// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_to_ms_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|to_ms
    }
  }

  response = $x
}
