// docs: Xano XanoScript reference, syntax/array-filters
function "filter_slice_skip_one_take_two" {
  input {
  }

  stack {
    var $x {
      value = [10,20,30,40]|slice:1:2
    }
  }

  response = $x
}
