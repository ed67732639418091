function foreach_literal_list {
  input {
  }

  stack {
    var $sum {
      value = 0
    }

    foreach ([1, 2, 3, 4]) {
      each as $n {
        math.add $sum {
          value = $n
        }
      }
    }
  }

  response = $sum
}
