// expect: 6:5 the 'id' column can only be of type int or uuid
table job {
  auth = false

  schema {
    text id
  }
}
