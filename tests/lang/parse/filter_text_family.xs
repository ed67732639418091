function filter_text_family {
  input {
    text s
  }

  stack {
    var $out {
      value = [($input.s|strlen), ($input.s|to_upper), ($input.s|substr:0:3), ($input.s|contains:"x"), ($input.s|starts_with:"a"), ($input.s|url_encode)]
    }
  }

  response = $out
}
