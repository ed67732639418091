// docs: Xano XanoScript reference, syntax/array-filters
function "filter_find_object" {
  input {
  }

  stack {
    var $x {
      value = [{id:1},{id:2}]|find:$$.id==2
    }
  }

  response = $x
}
