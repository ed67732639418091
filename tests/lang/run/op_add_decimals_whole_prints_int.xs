// judgement: see docs/language-decisions.md#numbers
function "op_add_decimals_whole_prints_int" {
  input {
  }

  stack {
    var $x {
      value = 1.5 + 1.5
    }
  }

  response = $x
}
