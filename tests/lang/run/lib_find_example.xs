// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_find_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|find:$$>1
    }
  }

  response = $x
}
