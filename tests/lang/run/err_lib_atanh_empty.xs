// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_atanh_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|atanh
    }
  }

  response = $x
}
