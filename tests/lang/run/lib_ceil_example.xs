// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_ceil_example" {
  input {
  }

  stack {
    var $x {
      value = 2.1|ceil
    }
  }

  response = $x
}
