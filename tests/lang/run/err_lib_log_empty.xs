// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_log_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|log:2
    }
  }

  response = $x
}
