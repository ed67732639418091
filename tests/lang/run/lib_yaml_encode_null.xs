// judgement: see docs/language-decisions.md#lib-yaml
function "lib_yaml_encode_null" {
  input {
  }

  stack {
    var $x {
      value = null|yaml_encode
    }
  }

  response = $x
}
