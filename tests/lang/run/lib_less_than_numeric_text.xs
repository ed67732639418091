// judgement: see docs/language-decisions.md#equality
function "lib_less_than_numeric_text" {
  input {
  }

  stack {
    var $x {
      value = "10"|less_than:"9"
    }
  }

  response = $x
}
