// judgement: see docs/language-decisions.md#lib-null-input
function "lib_set_conditional_null" {
  input {
  }

  stack {
    var $x {
      value = null|set_conditional:"a":1:true
    }
  }

  response = $x
}
