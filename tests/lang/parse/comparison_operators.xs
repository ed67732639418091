function comparison_operators {
  input {
    int a
    int b
  }

  stack {
    var $out {
      value = [
        $input.a == $input.b,
        $input.a != $input.b,
        $input.a === $input.b,
        $input.a !== $input.b,
        $input.a < $input.b,
        $input.a <= $input.b,
        $input.a > $input.b,
        $input.a >= $input.b
      ]
    }
  }

  response = $out
}
