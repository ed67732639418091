// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_max_example" {
  input {
  }

  stack {
    var $x {
      value = 5|max:3
    }
  }

  response = $x
}
