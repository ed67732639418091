// expect: 5:3 schema must have an 'id' column of type int or uuid
table job {
  auth = false

  schema {
    text name
  }
}
