// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_detect_encoding_example" {
  input {
  }

  stack {
    var $x {
      value = "étude"|detect_encoding
    }
  }

  response = $x
}
