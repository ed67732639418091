// docs: Xano XanoScript reference, syntax
function "op_and_true_false" {
  input {
  }

  stack {
    var $x {
      value = true && false
    }
  }

  response = $x
}
