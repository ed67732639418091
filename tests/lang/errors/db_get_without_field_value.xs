// expect: 7:8 'db.get' is missing the field_value attribute
function broken {
  input {
  }

  stack {
    db.get user {
      field_name = "id"
    } as $user
  }

  response = null
}
