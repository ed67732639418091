function filter_type_checks {
  input {
    json v
  }

  stack {
    var $out {
      value = [($input.v|is_null), ($input.v|is_array), ($input.v|is_object), ($input.v|is_text), ($input.v|is_int), ($input.v|is_bool), ($input.v|is_empty)]
    }
  }

  response = $out
}
