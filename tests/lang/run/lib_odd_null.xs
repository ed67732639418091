// judgement: see docs/language-decisions.md#lib-null-input
function "lib_odd_null" {
  input {
  }

  stack {
    var $x {
      value = null|odd
    }
  }

  response = $x
}
