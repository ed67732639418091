// judgement: see docs/language-decisions.md#lib-encodings
function "lib_detect_encoding_ascii" {
  input {
  }

  stack {
    var $x {
      value = "abc"|detect_encoding
    }
  }

  response = $x
}
