function "Workers/Upsert RevShare" {
  input {
    int agent_id
    decimal share
  }

  stack {
    try_catch {
      try {
        db.add_or_edit revshare {
          field_name = "agent_id"
          field_value = $input.agent_id
          data = {agent_id: $input.agent_id, share: $input.share, updated_at: now}
        } as $row

        var $result {
          value = {success: true, data: $row, error: null}
        }
      }

      catch {
        var $result {
          value = {success: false, data: null, error: $error.message}
        }
      }
    }
  }

  response = $result
}
