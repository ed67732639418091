// judgement: see docs/language-decisions.md#lib-encodings
function "lib_detect_encoding_none" {
  input {
  }

  stack {
    var $x {
      value = ("é"|from_utf8)|detect_encoding
    }
  }

  response = $x
}
