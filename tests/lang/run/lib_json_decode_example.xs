// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_json_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "{\"a\":[1,2.5]}"|json_decode
    }
  }

  response = $x
}
