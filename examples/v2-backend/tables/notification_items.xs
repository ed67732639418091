// What the user sees in the app's notification list: onboarding started,
// finished (Complete or Partial), or failed (ERROR).
table notification_items {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }

    text code
    text message
    bool read?=false
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
