// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_add_numeric_text" {
  input {
  }

  stack {
    var $x {
      value = "5"|add:1
    }
  }

  response = $x
}
