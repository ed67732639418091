// docs: Xano XanoScript reference, syntax
function "op_coalesce_zero_kept" {
  input {
  }

  stack {
    var $x {
      value = 0 ?? 10
    }
  }

  response = $x
}
