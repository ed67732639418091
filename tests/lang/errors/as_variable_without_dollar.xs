// expect: 10:10 expected a variable after 'as', found 'user'
function broken {
  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = 1
    } as user
  }

  response = null
}
