// judgement: see docs/language-decisions.md#numbers
function "op_divide_exact_stays_int" {
  input {
  }

  stack {
    var $x {
      value = 20 / 4
    }
  }

  response = $x
}
