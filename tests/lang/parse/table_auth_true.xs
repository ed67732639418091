table user {
  auth = true

  schema {
    int id
    text name?
    email email? filters=trim|lower
    password password? {
      sensitive = true
    }
  }
}
