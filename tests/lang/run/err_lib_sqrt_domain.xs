// judgement: see docs/language-decisions.md#applied-descriptions
function "err_lib_sqrt_domain" {
  input {
  }

  stack {
    var $n {
      value = -1
    }
    var $x {
      value = $n|sqrt
    }
  }

  response = $x
}
