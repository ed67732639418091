// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_acosh_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|acosh
    }
  }

  response = $x
}
