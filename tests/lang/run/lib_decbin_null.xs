// judgement: see docs/language-decisions.md#lib-null-input
function "lib_decbin_null" {
  input {
  }

  stack {
    var $x {
      value = null|decbin
    }
  }

  response = $x
}
