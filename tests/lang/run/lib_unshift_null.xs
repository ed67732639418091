// judgement: see docs/language-decisions.md#lib-null-input
function "lib_unshift_null" {
  input {
  }

  stack {
    var $x {
      value = null|unshift:1
    }
  }

  response = $x
}
