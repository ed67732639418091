function stream_from_csv.xs {
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
