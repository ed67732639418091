function auth_variable {
  input {
  }

  stack {
    var $out {
      value = $auth.id
    }
  }

  response = $out
}
