// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_tan_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|tan
    }
  }

  response = $x
}
