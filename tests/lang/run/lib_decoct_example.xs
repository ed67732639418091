// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_decoct_example" {
  input {
  }

  stack {
    var $x {
      value = "10"|decoct
    }
  }

  response = $x
}
