// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_merge_recursive_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|merge_recursive:{}
    }
  }

  response = $x
}
