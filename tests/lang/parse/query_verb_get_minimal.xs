query health verb=GET {
  input {
  }

  stack {
  }

  response = {status: "ok"}
}
