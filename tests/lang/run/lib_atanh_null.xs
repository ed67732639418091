// judgement: see docs/language-decisions.md#lib-null-input
function "lib_atanh_null" {
  input {
  }

  stack {
    var $x {
      value = null|atanh
    }
  }

  response = $x
}
