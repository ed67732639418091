// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_some_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|some:$$>1
    }
  }

  response = $x
}
