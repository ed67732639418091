// docs: Xano XanoScript statement reference, var.update
function "stmt_var_update_replaces" {
  input {
  }

  stack {
    var $n {
      value = 1
    }
    var.update $n {
      value = $n + 1
    }
  }

  response = $n
}
