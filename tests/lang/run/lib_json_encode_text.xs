// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_json_encode_text" {
  input {
  }

  stack {
    var $x {
      value = "a\"b"|json_encode
    }
  }

  response = $x
}
