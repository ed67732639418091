function concat_with_parenthesized_filters {
  input {
    int count
    json errors
  }

  stack {
    var $out {
      value = ($input.count|to_text) ~ " errors: " ~ ($input.errors|join:", ")
    }
  }

  response = $out
}
