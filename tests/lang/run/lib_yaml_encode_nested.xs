// judgement: see docs/language-decisions.md#lib-yaml
function "lib_yaml_encode_nested" {
  input {
  }

  stack {
    var $x {
      value = {list: [1, {k: "true"}, []], s: "a: b", n: null}|yaml_encode
    }
  }

  response = $x
}
