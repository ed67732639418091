// judgement: see docs/language-decisions.md#lib-null-input
function "lib_asinh_null" {
  input {
  }

  stack {
    var $x {
      value = null|asinh
    }
  }

  response = $x
}
