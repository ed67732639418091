// judgement: see docs/language-decisions.md#lib-null-input
function "lib_keys_null" {
  input {
  }

  stack {
    var $x {
      value = null|keys
    }
  }

  response = $x
}
