// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_yaml_encode_example" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2,"c":3}|yaml_encode
    }
  }

  response = $x
}
