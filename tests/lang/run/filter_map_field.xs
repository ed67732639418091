// docs: Xano XanoScript reference, syntax/array-filters
function "filter_map_field" {
  input {
  }

  stack {
    var $x {
      value = [{v:1},{v:2}]|map:$$.v*2
    }
  }

  response = $x
}
