// docs: Xano XanoScript reference, syntax/functions
function "filter_min" {
  input {
  }

  stack {
    var $x {
      value = 5|min:3
    }
  }

  response = $x
}
