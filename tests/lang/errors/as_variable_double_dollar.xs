// expect: 7:21 '$$' cannot name a variable
function broken {
  input {
  }

  stack {
    util.get_env as $$env_copy
  }

  response = null
}
