// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sha1_null" {
  input {
  }

  stack {
    var $x {
      value = null|sha1
    }
  }

  response = $x
}
