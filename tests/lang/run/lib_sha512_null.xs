// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sha512_null" {
  input {
  }

  stack {
    var $x {
      value = null|sha512
    }
  }

  response = $x
}
