// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_base64_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "aGVsbG8/"|base64_decode
    }
  }

  response = $x
}
