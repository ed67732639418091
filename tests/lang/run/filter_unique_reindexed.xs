// docs: Xano XanoScript reference, syntax/array-filters
function "filter_unique_reindexed" {
  input {
  }

  stack {
    var $x {
      value = [1,1,2]|unique
    }
  }

  response = $x
}
