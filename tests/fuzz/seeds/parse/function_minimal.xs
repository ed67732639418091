function ping {
  input {
  }

  stack {
  }

  response = null
}
