function filter_chain_leading_newline {
  input {
    text? error
  }

  stack {
    var $out {
      value = {}
        |set:"step":"step_n"
        |set:"error":($input.error ?? "Unknown error")
    }
  }

  response = $out
}
