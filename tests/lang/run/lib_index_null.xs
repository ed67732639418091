// judgement: see docs/language-decisions.md#lib-null-input
function "lib_index_null" {
  input {
  }

  stack {
    var $x {
      value = null|index:"a"
    }
  }

  response = $x
}
