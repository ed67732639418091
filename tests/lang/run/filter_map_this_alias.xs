// docs: Xano XanoScript reference, syntax/array-filters
function "filter_map_this_alias" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|map:$this*2
    }
  }

  response = $x
}
