// docs: Xano XanoScript reference, essentials
function "op_var_prefix_same_variable" {
  input {
  }

  stack {
    var $total {
      value = 100
    }
  }

  response = $var.total == $total
}
