// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_base64_encode_example" {
  input {
  }

  stack {
    var $x {
      value = "hello?"|base64_encode
    }
  }

  response = $x
}
