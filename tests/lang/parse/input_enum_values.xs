function input_enum_values {
  input {
    enum status {
      values = ["Queued", "Started", "Processing", "Partial", "Complete", "Error"]
    }

    enum priority?=normal {
      values = ["low", "normal", "high"]
      description = "Scheduling priority"
    }
  }

  stack {

  }

  response = $input
}
