// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_atan_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|atan
    }
  }

  response = $x
}
