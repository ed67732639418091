// docs: Xano XanoScript reference, syntax/array-filters
function "filter_transform" {
  input {
  }

  stack {
    var $x {
      value = 2|transform:$$+3
    }
  }

  response = $x
}
