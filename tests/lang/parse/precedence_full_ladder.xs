function precedence_full_ladder {
  input {
    json a
    json b
    json c
    json d
    json e
    json f
    json g
    json h
    json i
  }

  stack {
    var $out {
      value = $input.a ?? $input.b || $input.c && $input.d == $input.e < $input.f ~ $input.g + $input.h * $input.i
    }
  }

  response = $out
}
