// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_json_encode_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:[true,null,"x"]}|json_encode
    }
  }

  response = $x
}
