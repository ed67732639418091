function auth_variable.xs {
  input {
  }

  stack {
    var $out {
      value = $auth.id
    }
  }

  response = $out
}
