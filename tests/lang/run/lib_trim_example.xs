// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_trim_example" {
  input {
  }

  stack {
    var $x {
      value = "  a b  "|trim
    }
  }

  response = $x
}
