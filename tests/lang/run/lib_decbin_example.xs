// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_decbin_example" {
  input {
  }

  stack {
    var $x {
      value = "10"|decbin
    }
  }

  response = $x
}
