// docs: https://docs.xano.com/xanoscript/filter-reference/array
function "filter_append_object_key" {
  input {
  }

  stack {
    var $x {
      value = {"a":1}|append:2:"b"
    }
  }

  response = $x
}
