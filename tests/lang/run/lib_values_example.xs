// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_values_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2}|values
    }
  }

  response = $x
}
