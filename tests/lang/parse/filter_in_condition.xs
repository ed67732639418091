function filter_in_condition {
  input {
    text status
  }

  stack {
    var $out {
      value = $input.status|in:["Complete", "Partial"]
    }
  }

  response = $out
}
