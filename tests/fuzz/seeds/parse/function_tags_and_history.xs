function tagged_worker {
  description = "A worker with tags and a history setting"
  input {
  }

  stack {
  }

  response = true
  tags = ["workers", "billing"]
  history = "inherit"
}
