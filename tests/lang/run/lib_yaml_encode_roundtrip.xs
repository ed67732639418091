// judgement: see docs/language-decisions.md#lib-yaml
function "lib_yaml_encode_roundtrip" {
  input {
  }

  stack {
    var $x {
      value = {a: [1, "x y", {k: null}], b: {}, c: "yes", d: 1.5}|yaml_encode|yaml_decode
    }
  }

  response = $x
}
