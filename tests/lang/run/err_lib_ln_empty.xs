// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_ln_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|ln
    }
  }

  response = $x
}
