// expect: 7:9 'api.request' is missing the method attribute
function broken {
  input {
  }

  stack {
    api.request {
      url = "https://api.example.com/"
    } as $r
  }

  response = null
}
