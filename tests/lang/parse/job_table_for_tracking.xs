table job_table {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    int user_id
    enum status?=Queued {
      values = ["Queued", "Started", "Processing", "Partial", "Complete", "Error"]
    }

    timestamp started?
    timestamp ended?
    timestamp lastupdated?
    bool agent_data?
    timestamp agent_data_started?
    timestamp agent_data_ended?
    bool team_roster?
    timestamp team_roster_started?
    timestamp team_roster_ended?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
