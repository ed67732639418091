function util_get_env_and_vars {
  input {
  }

  stack {
    util.get_env as $environment
    util.get_all_input as $all_input
    util.get_vars as $vars
  }

  response = $vars
}
