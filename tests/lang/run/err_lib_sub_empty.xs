// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_sub_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sub:2
    }
  }

  response = $x
}
