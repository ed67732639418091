// judgement: see docs/language-decisions.md#numbers
function "lib_round_php_preround" {
  input {
  }

  stack {
    var $n {
      value = -3.55
    }
    var $x {
      value = $n|round:1
    }
  }

  response = $x
}
