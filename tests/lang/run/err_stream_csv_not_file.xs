// judgement: see docs/language-decisions.md#streams
function "err_stream_csv_not_file" {
  stack {
    stream.from_csv {
      value = 42
    } as $s
  }
  response = $s
}
