// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_subtract_example" {
  input {
  }

  stack {
    var $x {
      value = 5|subtract:3
    }
  }

  response = $x
}
