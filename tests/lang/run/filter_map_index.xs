// docs: Xano XanoScript reference, syntax/array-filters
function "filter_map_index" {
  input {
  }

  stack {
    var $x {
      value = ["a","b","c"]|map:$index
    }
  }

  response = $x
}
