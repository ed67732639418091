// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sub_example" {
  input {
  }

  stack {
    var $x {
      value = 5|sub:2
    }
  }

  response = $x
}
