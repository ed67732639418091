// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_yaml_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "a: 1\nb: 2\nc: 3"|yaml_decode
    }
  }

  response = $x
}
