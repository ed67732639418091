// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_base64_roundtrip" {
  input {
  }

  stack {
    var $x {
      value = "Task #42 ok"|base64_encode|base64_decode
    }
  }

  response = $x
}
