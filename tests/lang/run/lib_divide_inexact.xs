// judgement: see docs/language-decisions.md#numbers
function "lib_divide_inexact" {
  input {
  }

  stack {
    var $x {
      value = 7|divide:2
    }
  }

  response = $x
}
