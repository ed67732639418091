// judgement: see docs/language-decisions.md#lib-null-input
function "lib_create_uid_null" {
  input {
  }

  stack {
    var $x {
      value = null|create_uid|is_int
    }
  }

  response = $x
}
