// docs: Xano XanoScript reference, syntax
function "op_or_false_true" {
  input {
  }

  stack {
    var $x {
      value = false || true
    }
  }

  response = $x
}
