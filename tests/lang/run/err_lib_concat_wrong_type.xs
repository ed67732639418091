// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_concat_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|concat:"b"
    }
  }

  response = $x
}
