// judgement: see docs/language-decisions.md#empty-collections
function "lib_json_encode_empty" {
  input {
  }

  stack {
    var $x {
      value = []|json_encode
    }
  }

  response = $x
}
