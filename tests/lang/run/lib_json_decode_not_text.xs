// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_json_decode_not_text" {
  input {
  }

  stack {
    var $x {
      value = [1]|json_decode
    }
  }

  response = $x
}
