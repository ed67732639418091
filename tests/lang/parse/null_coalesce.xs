function null_coalesce.xs {
  input {
    text? error
  }

  stack {
    var $out {
      value = $input.error ?? "Unknown error"
    }
  }

  response = $out
}
