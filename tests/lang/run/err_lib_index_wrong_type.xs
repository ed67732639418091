// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_index_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|index:"a"
    }
  }

  response = $x
}
