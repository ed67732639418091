// judgement: see docs/language-decisions.md#lib-null-input
function "err_lib_create_object_null" {
  input {
  }

  stack {
    var $x {
      value = null|create_object:[]
    }
  }

  response = $x
}
