function double {
  input {
    int n
  }
  stack {
  }
  response = $input.n * 2
}
