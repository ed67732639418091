// judgement: see docs/language-decisions.md#equality
function "lib_greater_than_text" {
  input {
  }

  stack {
    var $x {
      value = "b"|greater_than:"a"
    }
  }

  response = $x
}
