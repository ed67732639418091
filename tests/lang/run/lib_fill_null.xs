// judgement: see docs/language-decisions.md#lib-null-input
function "lib_fill_null" {
  input {
  }

  stack {
    var $x {
      value = null|fill:0:2
    }
  }

  response = $x
}
