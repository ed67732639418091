// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_prepend_example" {
  input {
  }

  stack {
    var $x {
      value = [2,3]|prepend:1
    }
  }

  response = $x
}
