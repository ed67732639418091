// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_cos_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|cos
    }
  }

  response = $x
}
