// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_json_decode_array" {
  input {
  }

  stack {
    var $x {
      value = '[1,2,{"b":null}]'|json_decode
    }
  }

  response = $x
}
