// docs: Xano XanoScript reference, syntax/functions
function "filter_floor" {
  input {
  }

  stack {
    var $x {
      value = 2.7|floor
    }
  }

  response = $x
}
