table run {
  auth = false

  schema {
    int id
    object result? {
      schema {
        bool success?
        json data?
        text error?
      }
    }
  }
}
