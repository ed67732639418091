// docs: Xano XanoScript reference, syntax/functions
function "filter_round_precision" {
  input {
  }

  stack {
    var $x {
      value = 2.567|round:2
    }
  }

  response = $x
}
