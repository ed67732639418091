// docs: Xano XanoScript reference, syntax
function "op_coalesce_null" {
  input {
  }

  stack {
    var $x {
      value = null ?? 5
    }
  }

  response = $x
}
