// judgement: see docs/language-decisions.md#lib-null-input
function "lib_pick_null" {
  input {
  }

  stack {
    var $x {
      value = null|pick:["a"]
    }
  }

  response = $x
}
