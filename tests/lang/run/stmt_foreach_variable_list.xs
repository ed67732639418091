// docs: Xano XanoScript statement reference, foreach
function "stmt_foreach_variable_list" {
  input {
  }

  stack {
    var $numbers_list {
      value = [5, 10]
    }
    var $sum {
      value = 0
    }
    foreach ($numbers_list) {
      each as $item {
        var.update $sum {
          value = $sum + $item
        }
      }
    }
  }

  response = $sum
}
