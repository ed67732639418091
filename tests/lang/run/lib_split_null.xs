// judgement: see docs/language-decisions.md#lib-null-input
function "lib_split_null" {
  input {
  }

  stack {
    var $x {
      value = null|split:","
    }
  }

  response = $x
}
