// Needs a token for table "user"; answers with what $auth holds.
query me verb=GET {
  auth = "user"
  input {
  }

  stack {
  }

  response = {id: $auth.id, role: $auth.extras.role}
}
