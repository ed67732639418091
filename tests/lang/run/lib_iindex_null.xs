// judgement: see docs/language-decisions.md#lib-null-input
function "lib_iindex_null" {
  input {
  }

  stack {
    var $x {
      value = null|iindex:"l"
    }
  }

  response = $x
}
