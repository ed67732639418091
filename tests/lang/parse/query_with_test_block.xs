query double verb=GET {
  input {
    int n
  }

  stack {
    var $out {
      value = $input.n * 2
    }
  }

  response = $out

  test "doubles a number" {
    input = {n: 21}

    expect.to_equal ($response) {
      value = 42
    }
  }
}
