// judgement: see docs/language-decisions.md#equality
function "op_compare_texts_alphabetic" {
  input {
  }

  stack {
    var $x {
      value = "apple" < "banana"
    }
  }

  response = $x
}
