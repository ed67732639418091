function security_create_uuid {
  input {
  }

  stack {
    security.create_uuid as $run_key
  }

  response = $run_key
}
