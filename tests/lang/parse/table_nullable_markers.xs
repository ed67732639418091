table credentials {
  auth = false

  schema {
    int id
    int user_id
    text ?platform?
    text? api_key
    bool active?
  }
}
