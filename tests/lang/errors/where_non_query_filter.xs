// expect: 8:29 'first' is not a db query filter
function broken {
  input {
  }

  stack {
    db.query user {
      where = $db.user.tags|first == "a"
    } as $rows
  }

  response = $rows
}
