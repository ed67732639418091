// judgement: see docs/language-decisions.md#lib-encodings
function "err_lib_convert_encoding_unknown" {
  input {
  }

  stack {
    var $x {
      value = "a"|convert_encoding:"KLINGON"
    }
  }

  response = $x
}
