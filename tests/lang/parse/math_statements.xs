function math_statements {
  input {
  }

  stack {
    var $n {
      value = 10
    }

    math.add $n {
      value = 5
    }

    math.sub $n {
      value = 3
    }

    math.mul $n {
      value = 4
    }

    math.div $n {
      value = 2
    }
  }

  response = $n
}
