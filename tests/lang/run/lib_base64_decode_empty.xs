// judgement: see docs/language-decisions.md#empty-collections
function "lib_base64_decode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|base64_decode
    }
  }

  response = $x
}
