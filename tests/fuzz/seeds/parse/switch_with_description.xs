function switch_with_description {
  input {
    text step
  }

  stack {
    switch ($input.step) {
      description = "Route by step name"
      case ("agent_data") {
        var $worker {
          value = "Workers/Agent Data"
        }
      } break

      default {
        var $worker {
          value = "Workers/Unknown"
        }
      }
    }
  }

  response = $worker
}
