// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sha256_null" {
  input {
  }

  stack {
    var $x {
      value = null|sha256
    }
  }

  response = $x
}
