// docs: Xano XanoScript reference, syntax/array-filters
function "filter_some_true" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|some:$$>2
    }
  }

  response = $x
}
