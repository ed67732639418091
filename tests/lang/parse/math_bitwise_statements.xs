function math_bitwise_statements {
  input {
  }

  stack {
    var $flags {
      value = 12
    }

    math.bitwise.and $flags {
      value = 10
    }

    math.bitwise.or $flags {
      value = 1
    }

    math.bitwise.xor $flags {
      value = 3
    }
  }

  response = $flags
}
