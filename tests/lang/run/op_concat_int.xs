// judgement: see docs/language-decisions.md#concatenation
function "op_concat_int" {
  input {
  }

  stack {
    var $x {
      value = "n=" ~ 5
    }
  }

  response = $x
}
