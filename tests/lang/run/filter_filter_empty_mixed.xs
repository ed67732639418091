// docs: Xano XanoScript reference, syntax/array-filters
function "filter_filter_empty_mixed" {
  input {
  }

  stack {
    var $x {
      value = [1, null, "", 0, "text", false]|filter_empty
    }
  }

  response = $x
}
