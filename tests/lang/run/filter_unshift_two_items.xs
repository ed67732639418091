// docs: Xano XanoScript reference, syntax/array-filters
function "filter_unshift_two_items" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|unshift:0
    }
  }

  response = $x
}
