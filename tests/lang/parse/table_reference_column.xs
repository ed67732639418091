table job {
  auth = false

  schema {
    int id
    int user_id? {
      table = "user"
      description = "Owner of the job"
    }
  }
}
