// expect: 10:10 expected a variable after 'as', found '}'
function broken {
  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = 1
    } as }
  }


  response = null
}
