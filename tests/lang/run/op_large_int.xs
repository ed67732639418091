// judgement: see docs/language-decisions.md#numbers
function "op_large_int" {
  input {
  }

  stack {
    var $x {
      value = 4000000000 * 2
    }
  }

  response = $x
}
