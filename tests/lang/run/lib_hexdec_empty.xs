// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hexdec_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hexdec
    }
  }

  response = $x
}
