function stream_from_jsonl {
  input {
    file export
  }

  stack {
    stream.from_jsonl {
      value = $input.export
    } as $rows
  }

  response = null
}
