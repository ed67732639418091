// judgement: see docs/language-decisions.md#lib-encoding
function "lib_hexdec_prefix" {
  input {
  }

  stack {
    var $x {
      value = "0xFF"|hexdec
    }
  }

  response = $x
}
