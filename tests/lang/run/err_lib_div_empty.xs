// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_div_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|div:2
    }
  }

  response = $x
}
