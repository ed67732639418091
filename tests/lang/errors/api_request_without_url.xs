// expect: 7:9 'api.request' is missing the url attribute
function broken {
  input {
  }

  stack {
    api.request {
      method = "GET"
    } as $r
  }

  response = null
}
