// judgement: see docs/language-decisions.md#numbers
function "op_add_int_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1 + 1.5
    }
  }

  response = $x
}
