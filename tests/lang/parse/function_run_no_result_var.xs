function function_run_no_result_var {
  input {
  }

  stack {
    function.run "Archive/slack_webhook_json_pretty_print" {
      input = {url: $env.slack_url, json: {text: "done"}}
    }
  }

  response = null
}
