table everything {
  auth = false

  schema {
    int id
    text title?
    decimal amount?
    bool active?
    timestamp seen_at?
    date birthday?
    email contact?
    password secret? {
      sensitive = true
    }
    uuid external_id?
    json extra?
    vector embedding?
  }
}
