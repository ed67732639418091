// expect: 2:17 unknown verb 'FETCH'
query jobs verb=FETCH {
  input {
  }

  stack {
  }

  response = null
}
