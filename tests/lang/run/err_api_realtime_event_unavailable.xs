// judgement: see docs/language-decisions.md#xano-services
function "err_api_realtime_event_unavailable" {
  stack {
    api.realtime_event {
      channel = "my_users_evt"
      data = {hello: "world"}
    }
  }
  response = null
}
