// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_min_example" {
  input {
  }

  stack {
    var $x {
      value = 5|min:3
    }
  }

  response = $x
}
