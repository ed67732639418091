// judgement: see docs/language-decisions.md#lib-json-decode
function "err_lib_json_decode_invalid" {
  input {
  }

  stack {
    var $x {
      value = "{a:1}"|json_decode
    }
  }

  response = $x
}
