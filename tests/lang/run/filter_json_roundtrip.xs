// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_json_roundtrip" {
  input {
  }

  stack {
    var $x {
      value = {a:[1,2],b:{c:"d"}}|json_encode|json_decode
    }
  }

  response = $x
}
