// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_every_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|every:$$
    }
  }

  response = $x
}
