function filter_push_parenthesized_object_set {
  input {
    json errors
    text message
  }

  stack {
    var $out {
      value = $input.errors|push:({}|set:"step":"exception"|set:"error":$input.message)
    }
  }

  response = $out
}
