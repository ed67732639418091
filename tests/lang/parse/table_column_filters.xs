table contact {
  auth = false

  schema {
    int id
    email address filters=trim|lower
    text name? filters=trim
  }
}
