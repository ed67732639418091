// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_log10_example" {
  input {
  }

  stack {
    var $x {
      value = 1000|log10
    }
  }

  response = $x
}
