// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_every_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|every:$$>0
    }
  }

  response = $x
}
