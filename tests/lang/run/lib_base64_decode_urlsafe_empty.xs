// judgement: see docs/language-decisions.md#empty-collections
function "lib_base64_decode_urlsafe_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|base64_decode_urlsafe
    }
  }

  response = $x
}
