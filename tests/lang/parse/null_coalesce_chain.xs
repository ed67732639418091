function null_coalesce_chain {
  input {
    text? a
    text? b
  }

  stack {
    var $out {
      value = $input.a ?? $input.b ?? "fallback"
    }
  }

  response = $out
}
