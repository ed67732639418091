// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_to_utf8_example" {
  input {
  }

  stack {
    var $x {
      value = ("études"|from_utf8)|to_utf8
    }
  }

  response = $x
}
