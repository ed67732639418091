// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_log10_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|log10
    }
  }

  response = $x
}
