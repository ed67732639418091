function var_declare.xs {
  input {
  }

  stack {
    var $count {
      value = 0
    }
  }

  response = $count
}
