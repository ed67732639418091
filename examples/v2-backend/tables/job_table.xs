// The seed's job record (Pattern 3): one row per user, kept up to date by
// the onboarding orchestrator and by nothing else. {step} is true when the
// step succeeded and false when it failed; {step}_started and {step}_ended
// bound it.
table job_table {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }

    enum status?=Started {
      values = ["Started", "Processing", "Partial", "Complete", "Error"]
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
    bool rev_share?
    timestamp rev_share_started?
    timestamp rev_share_ended?
    text[] steps_completed?
    text[] failed_steps?
    json errors?
    text error?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "user_id", op: "asc"}]}
  ]
}
