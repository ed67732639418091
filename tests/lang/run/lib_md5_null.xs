// judgement: see docs/language-decisions.md#lib-null-input
function "lib_md5_null" {
  input {
  }

  stack {
    var $x {
      value = null|md5
    }
  }

  response = $x
}
