// judgement: see docs/language-decisions.md#streams
function "err_stream_jsonl_bad_line" {
  stack {
    stream.from_jsonl {
      value = "{\"a\": 1}\n{oops}\n"
    } as $s
  }
  response = $s
}
