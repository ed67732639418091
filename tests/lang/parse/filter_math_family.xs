function filter_math_family {
  input {
    decimal x
  }

  stack {
    var $out {
      value = [($input.x|abs), ($input.x|ceil), ($input.x|floor), ($input.x|round:1), ($input.x|sqrt), ($input.x|pow:2)]
    }
  }

  response = $out
}
