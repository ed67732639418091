function var_update {
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
