function object_literal_trailing_comma_free_mix {
  input {
    int started
  }

  stack {
    var $out {
      value = {
        status: "Complete",
        started: $input.started
        ended: now,
        lastupdated: now
      }
    }
  }

  response = $out
}
