// docs: Xano XanoScript statement reference, foreach
function "stmt_foreach_sum" {
  input {
  }

  stack {
    var $sum {
      value = 0
    }
    foreach ([1, 2, 3, 4]) {
      each as $item {
        var.update $sum {
          value = $sum + $item
        }
      }
    }
  }

  response = $sum
}
