function stream_from_csv {
  input {
    file sheet
  }

  stack {
    stream.from_csv {
      value = $input.sheet
      separator = ","
      enclosure = "'"
      escape_char = "'"
    } as $rows
  }

  response = null
}
