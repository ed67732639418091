function var_update.xs {
  input {
  }

  stack {
    var $attempts {
      value = 1
    }

    var.update $attempts {
      value = $attempts + 1
    }
  }

  response = $attempts
}
