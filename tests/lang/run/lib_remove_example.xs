// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_remove_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,1,3]|remove:1
    }
  }

  response = $x
}
