// judgement: see docs/language-decisions.md#lib-null-input
function "lib_json_encode_null" {
  input {
  }

  stack {
    var $x {
      value = null|json_encode
    }
  }

  response = $x
}
