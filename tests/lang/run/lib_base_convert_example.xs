// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_base_convert_example" {
  input {
  }

  stack {
    var $x {
      value = "ff"|base_convert:16:10
    }
  }

  response = $x
}
