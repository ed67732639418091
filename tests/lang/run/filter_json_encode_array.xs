// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_json_encode_array" {
  input {
  }

  stack {
    var $x {
      value = [1,"x",true,null]|json_encode
    }
  }

  response = $x
}
