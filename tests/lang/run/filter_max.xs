// docs: Xano XanoScript reference, syntax/functions
function "filter_max" {
  input {
  }

  stack {
    var $x {
      value = 5|max:10
    }
  }

  response = $x
}
