// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bin2hex_null" {
  input {
  }

  stack {
    var $x {
      value = null|bin2hex
    }
  }

  response = $x
}
