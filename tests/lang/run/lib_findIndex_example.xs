// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_findIndex_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|findIndex:$$>1
    }
  }

  response = $x
}
