function member_of_parenthesized_filter {
  input {
    json steps
  }

  stack {
    var $out {
      value = ($input.steps|first).result.success
    }
  }

  response = $out
}
