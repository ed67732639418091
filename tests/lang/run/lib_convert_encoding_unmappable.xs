// judgement: see docs/language-decisions.md#lib-encodings
function "lib_convert_encoding_unmappable" {
  input {
  }

  stack {
    var $x {
      value = "a€b"|convert_encoding:"ISO-8859-1":"UTF-8"
    }
  }

  response = $x
}
