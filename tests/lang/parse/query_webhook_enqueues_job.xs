query "webhooks/agent-updated" verb=POST {
  description = "Partner webhook: record the event and start onboarding"
  input {
    int user_id
    text event_id
  }

  stack {
    db.query webhook_event {
      where = $db.webhook_event.event_id == $input.event_id
      return = {type: "exists"}
    } as $seen

    conditional {
      if ($seen) {
        return {
          value = {accepted: false, reason: "duplicate"}
        }
      }
    }

    db.add webhook_event {
      data = {event_id: $input.event_id, user_id: $input.user_id, received_at: now}
    }

    function.run "Tasks/Onboarding Orchestrator" {
      input = {user_id: $input.user_id}
    } as $result
  }

  response = {accepted: true, result: $result}
}
