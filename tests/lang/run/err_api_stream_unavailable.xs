// judgement: see docs/language-decisions.md#streams
function "err_api_stream_unavailable" {
  stack {
    api.stream {
      value = "live"
    }
  }
  response = null
}
