// docs: Xano XanoScript statement reference, var
function "stmt_var_declare" {
  input {
  }

  stack {
    var $name {
      value = "initial"
    }
  }

  response = $name
}
