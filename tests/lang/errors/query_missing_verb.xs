// expect: 2:12 'query' needs verb=GET|POST|PUT|PATCH|DELETE, found '{'
query jobs {
  input {
  }

  stack {
  }

  response = null
}
