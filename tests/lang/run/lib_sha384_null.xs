// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sha384_null" {
  input {
  }

  stack {
    var $x {
      value = null|sha384
    }
  }

  response = $x
}
