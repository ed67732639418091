// judgement: see docs/language-decisions.md#equality
function "op_compare_numeric_texts" {
  input {
  }

  stack {
    var $x {
      value = "10" > "9"
    }
  }

  response = $x
}
