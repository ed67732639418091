// judgement: see docs/language-decisions.md#lib-null-input
function "lib_concat_null" {
  input {
  }

  stack {
    var $x {
      value = null|concat:"b"
    }
  }

  response = $x
}
