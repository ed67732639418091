function add_numbers {
  input {
    int a
    int b
  }

  stack {
    var $sum {
      value = $input.a + $input.b
    }
  }

  response = $sum

  test "adds two small numbers" {
    input = {a: 2, b: 3}

    expect.to_equal ($response) {
      value = 5
    }
  }
}
