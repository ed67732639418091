// judgement: see docs/language-decisions.md#equality
function "op_loose_eq_text_case" {
  input {
  }

  stack {
    var $x {
      value = "abc" == "ABC"
    }
  }

  response = $x
}
