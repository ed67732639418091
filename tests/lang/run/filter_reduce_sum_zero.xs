// docs: Xano XanoScript reference, syntax/array-filters
function "filter_reduce_sum_zero" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|reduce:$$+$result:0
    }
  }

  response = $x
}
