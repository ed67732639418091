// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_conditional_true" {
  input {
  }

  stack {
    var $x {
      value = {}|set_conditional:"a":1:true
    }
  }

  response = $x
}
