// docs: Xano XanoScript reference, syntax/array-filters
function "filter_findindex" {
  input {
  }

  stack {
    var $x {
      value = [{id:1},{id:2}]|findIndex:$$.id==2
    }
  }

  response = $x
}
