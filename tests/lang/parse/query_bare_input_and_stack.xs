query nothing_here verb=GET {
  input
  stack
  response = null
}
