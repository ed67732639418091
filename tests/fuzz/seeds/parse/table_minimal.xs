table job {
  auth = false

  schema {
    int id
  }
}
