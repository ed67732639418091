// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_from_utf8_example" {
  input {
  }

  stack {
    var $x {
      value = "études"|from_utf8|strlen
    }
  }

  response = $x
}
