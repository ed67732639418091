// docs: Xano XanoScript reference, syntax
function "op_loose_eq_int_text" {
  input {
  }

  stack {
    var $x {
      value = 100 == "100"
    }
  }

  response = $x
}
