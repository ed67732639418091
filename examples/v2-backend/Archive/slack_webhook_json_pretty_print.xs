// Posts a JSON object to a Slack incoming webhook as a pretty-printed
// code block, the seed's error alert. Its top-level members go one per
// line, indented by two spaces; nested values stay compact JSON. It never
// raises: a Slack that is down or unset must not turn an error report into
// a second error, so the outcome is a Result.
function "Archive/slack_webhook_json_pretty_print" {
  description = "Post a JSON object to a Slack webhook, pretty-printed"
  input {
    text url?
    json json?
  }

  stack {
    var $lines {
      value = []
    }

    conditional {
      if ($input.json|is_object) {
        foreach ($input.json|keys) {
          each as $key {
            var.update $lines {
              value = $lines|push:("  " ~ ($key|json_encode) ~ ": " ~ ($input.json|get:$key|json_encode))
            }
          }
        }

        var $pretty {
          value = ($lines|count) == 0 ? "{}" : "{\n" ~ ($lines|join:",\n") ~ "\n}"
        }
      }

      else {
        var $pretty {
          value = $input.json|json_encode
        }
      }
    }

    var $text {
      value = "```\n" ~ $pretty ~ "\n```"
    }

    conditional {
      if ($input.url == null || $input.url == "") {
        var $result {
          value = {success: false, data: {text: $text}, error: "no Slack webhook URL is set"}
        }
      }

      else {
        try_catch {
          try {
            api.request {
              url = $input.url
              method = "POST"
              params = {text: $text}
              headers = ["Content-Type: application/json"]
              timeout = 10
            } as $slack

            var $result {
              value = {
                success: $slack.response.status == 200
                data   : {text: $text, status: $slack.response.status}
                error  : $slack.response.status == 200 ? null : "Slack answered HTTP " ~ $slack.response.status
              }
            }
          }

          catch {
            var $result {
              value = {success: false, data: {text: $text}, error: "Slack unreachable: " ~ $error.message}
            }
          }
        }
      }
    }
  }

  response = $result
}
