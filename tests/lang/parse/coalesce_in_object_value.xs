function coalesce_in_object_value {
  input {
    text? error
    int? code
  }

  stack {
    var $out {
      value = {error: $input.error ?? "Unknown error", code: $input.code ?? 0}
    }
  }

  response = $out
}
