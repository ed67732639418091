// judgement: see docs/language-decisions.md#lib-null-input
function "lib_unpick_null" {
  input {
  }

  stack {
    var $x {
      value = null|unpick:["a"]
    }
  }

  response = $x
}
