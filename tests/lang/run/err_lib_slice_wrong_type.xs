// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_slice_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|slice:0
    }
  }

  response = $x
}
