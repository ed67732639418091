// expect: 9:30 a db query condition cannot hold a conditional expression
function broken {
  input {
    bool adults
  }

  stack {
    db.query user {
      where = ($input.adults ? $db.user.age >= 18 : true)
    } as $rows
  }

  response = $rows
}
