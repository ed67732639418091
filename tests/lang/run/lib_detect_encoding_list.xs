// judgement: see docs/language-decisions.md#lib-encodings
function "lib_detect_encoding_list" {
  input {
  }

  stack {
    var $x {
      value = ("é"|from_utf8)|detect_encoding:"ASCII, UTF-8, ISO-8859-1"
    }
  }

  response = $x
}
