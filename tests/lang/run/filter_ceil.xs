// docs: Xano XanoScript reference, syntax/functions
function "filter_ceil" {
  input {
  }

  stack {
    var $x {
      value = 2.3|ceil
    }
  }

  response = $x
}
