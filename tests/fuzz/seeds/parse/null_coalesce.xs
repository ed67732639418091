function null_coalesce {
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
