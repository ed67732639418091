// judgement: see docs/language-decisions.md#lib-null-input
function "lib_from_utf8_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|from_utf8
    }
  }

  response = $x
}
