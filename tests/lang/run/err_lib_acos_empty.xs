// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_acos_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|acos
    }
  }

  response = $x
}
