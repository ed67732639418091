// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_tan_example" {
  input {
  }

  stack {
    var $x {
      value = 0|tan
    }
  }

  response = $x
}
