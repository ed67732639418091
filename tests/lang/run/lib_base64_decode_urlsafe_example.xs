// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_base64_decode_urlsafe_example" {
  input {
  }

  stack {
    var $x {
      value = "aGVsbG8_"|base64_decode_urlsafe
    }
  }

  response = $x
}
