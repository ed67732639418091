// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_add_example" {
  input {
  }

  stack {
    var $x {
      value = 5|add:3
    }
  }

  response = $x
}
