// judgement: see docs/language-decisions.md#lib-null-input
function "lib_fill_keys_null" {
  input {
  }

  stack {
    var $x {
      value = null|fill_keys:["a"]
    }
  }

  response = $x
}
