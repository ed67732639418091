// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_even_example" {
  input {
  }

  stack {
    var $x {
      value = 4|even
    }
  }

  response = $x
}
