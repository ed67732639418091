// judgement: see docs/language-decisions.md#lib-encoding
function "lib_dechex_negative" {
  input {
  }

  stack {
    var $x {
      value = (0 - 1)|dechex
    }
  }

  response = $x
}
