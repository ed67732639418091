table job {
  auth = false

  schema {
    int id
    text status?
  }

  view = {
    "failed jobs": {
      search: $db.job.status == "Error"
      sort  : {id: "desc"}
      id    : "7a0f9b52-3c1e-4d8a-9f6e-2b5c8d1e4a70"
    }
  }
}
