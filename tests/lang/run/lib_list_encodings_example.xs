// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_list_encodings_example" {
  input {
  }

  stack {
    var $x {
      value = null|list_encodings|slice:0:3
    }
  }

  response = $x
}
