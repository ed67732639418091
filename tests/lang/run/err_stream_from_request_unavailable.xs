// judgement: see docs/language-decisions.md#streams
function "err_stream_from_request_unavailable" {
  stack {
    stream.from_request {
      url = "http://127.0.0.1:9/data.csv"
      method = "GET"
    } as $s
  }
  response = $s
}
