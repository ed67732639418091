// judgement: see docs/language-decisions.md#lib-null-input
function "lib_some_null" {
  input {
  }

  stack {
    var $x {
      value = null|some:$$
    }
  }

  response = $x
}
