// docs: https://docs.xano.com/xanoscript/filter-reference/array
function "filter_count_object_keys" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2}|count
    }
  }

  response = $x
}
