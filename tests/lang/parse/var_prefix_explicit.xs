function var_prefix_explicit {
  input {
  }

  stack {
    var $total {
      value = 10
    }

    var.update $var.total {
      value = $var.total * 3
    }
  }

  response = $var.total
}
