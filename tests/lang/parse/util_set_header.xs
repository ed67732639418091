function util_set_header {
  input {
  }

  stack {
    util.set_header {
      value = "X-Job-Id: 42"
      duplicates = "replace"
    }
  }

  response = null
}
