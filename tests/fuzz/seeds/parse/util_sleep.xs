function util_sleep {
  input {
  }

  stack {
    util.sleep {
      value = 2
    }
  }

  response = null
}
