// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hex2bin_null" {
  input {
  }

  stack {
    var $x {
      value = null|hex2bin
    }
  }

  response = $x
}
