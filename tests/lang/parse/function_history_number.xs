function keeps_history {
  history = 1000

  input {
  }

  stack {
  }

  response = "ok"
}
