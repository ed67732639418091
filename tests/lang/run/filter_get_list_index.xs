// docs: Xano XanoScript reference, syntax/array-filters
function "filter_get_list_index" {
  input {
  }

  stack {
    var $x {
      value = [10,20,30]|get:0
    }
  }

  response = $x
}
