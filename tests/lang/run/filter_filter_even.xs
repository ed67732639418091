// docs: Xano XanoScript reference, syntax/array-filters
function "filter_filter_even" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|filter:$$%2==0
    }
  }

  response = $x
}
