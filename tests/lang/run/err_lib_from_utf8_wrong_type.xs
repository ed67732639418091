// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_from_utf8_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|from_utf8
    }
  }

  response = $x
}
