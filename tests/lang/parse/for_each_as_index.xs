function for_each_as_index {
  input {
  }

  stack {
    var $squares {
      value = []
    }

    for (5) {
      each as $index {
        var.update $squares {
          value = $squares|push:($index * $index)
        }
      }
    }
  }

  response = $squares
}
