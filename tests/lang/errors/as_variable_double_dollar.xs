// expect: 7:23 a variable takes one '$': write $env_copy
function broken {
  input {
  }

  stack {
    util.get_env as $$env_copy
  }

  response = null
}
