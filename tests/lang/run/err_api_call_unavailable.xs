// judgement: see docs/language-decisions.md#xano-services
function "err_api_call_unavailable" {
  stack {
    api.call "foo/{foo_id}" verb=POST {
      api_group = "my_api"
      input = {foo_id: 1}
    } as $script
  }
  response = $script
}
