// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_less_than_array" {
  input {
  }

  stack {
    var $x {
      value = [1]|less_than:2
    }
  }

  response = $x
}
