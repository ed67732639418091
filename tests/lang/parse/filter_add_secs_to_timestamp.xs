function filter_add_secs_to_timestamp {
  input {
  }

  stack {
    var $out {
      value = now|add_secs_to_timestamp:3600
    }
  }

  response = $out
}
