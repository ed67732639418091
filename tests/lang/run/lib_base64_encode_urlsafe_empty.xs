// judgement: see docs/language-decisions.md#empty-collections
function "lib_base64_encode_urlsafe_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|base64_encode_urlsafe
    }
  }

  response = $x
}
