// 10,000,000 iterations of integer arithmetic in a for loop.
function "arith_loop" {
  input {
  }
  stack {
    var $sum {
      value = 0
    }
    for (10000000) {
      each as $i {
        var.update $sum {
          value = $sum + $i * 2 - 1
        }
      }
    }
  }
  response = $sum
}
