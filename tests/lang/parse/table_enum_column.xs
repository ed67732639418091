table job {
  auth = false

  schema {
    int id
    enum status?=Queued {
      values = ["Queued", "Started", "Processing", "Partial", "Complete", "Error"]
      description = "Job lifecycle state"
    }
  }
}
