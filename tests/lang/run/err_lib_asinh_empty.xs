// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_asinh_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|asinh
    }
  }

  response = $x
}
