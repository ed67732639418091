function member_of_parenthesized_filter.xs {
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
