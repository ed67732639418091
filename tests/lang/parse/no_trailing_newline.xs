function no_newline_at_end {
  input {
  }

  stack {
  }

  response = 1
}