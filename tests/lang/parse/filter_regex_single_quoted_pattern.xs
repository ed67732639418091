function filter_regex_single_quoted_pattern {
  input {
    text slug
  }

  stack {
    var $out {
      value = '/^[a-z]+$/'|regex_matches:$input.slug
    }
  }

  response = $out
}
