// docs: Xano XanoScript reference, syntax/array-filters
function "filter_array_min" {
  input {
  }

  stack {
    var $x {
      value = [5,2,8,1]|array_min
    }
  }

  response = $x
}
