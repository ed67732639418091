function stream_from_jsonl.xs {
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
