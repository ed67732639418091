function var_declare {
  input {
  }

  stack {
    var $count {
      value = 0
    }
  }

  response = $count
}
