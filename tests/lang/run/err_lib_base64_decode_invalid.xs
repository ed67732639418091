// judgement: see docs/language-decisions.md#applied-descriptions
function "err_lib_base64_decode_invalid" {
  input {
  }

  stack {
    var $x {
      value = "a$b"|base64_decode
    }
  }

  response = $x
}
