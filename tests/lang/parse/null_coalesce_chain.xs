function null_coalesce_chain.xs {
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
