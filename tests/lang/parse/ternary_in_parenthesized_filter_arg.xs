function ternary_in_parenthesized_filter_arg {
  input {
    json errors
    bool ok
    text message
  }

  stack {
    var $out {
      value = $input.errors|push:($input.ok ? "none" : $input.message)
    }
  }

  response = $out
}
