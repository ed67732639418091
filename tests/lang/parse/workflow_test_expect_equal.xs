workflow_test arithmetic_holds {
  stack {
    var $a {
      value = 40
    }

    var $b {
      value = $a + 2
    }

    expect.to_equal ($b) {
      value = 42
    }
  }
}
