// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_stmt_array_push_wrong_type" {
  input {
  }

  stack {
    var $s {
      value = "x"
    }
    array.push $s {
      value = 1
    }
  }

  response = $s
}
