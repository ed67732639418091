// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_json_encode_text" {
  input {
  }

  stack {
    var $x {
      value = "hi"|json_encode
    }
  }

  response = $x
}
