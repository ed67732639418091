// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_utf8_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_utf8
    }
  }

  response = $x
}
