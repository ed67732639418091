// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_every_false" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|every:$$>1
    }
  }

  response = $x
}
