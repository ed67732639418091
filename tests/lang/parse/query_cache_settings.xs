query stats/daily verb=GET {
  input {
    text day
  }

  stack {
    db.query run {
      where = $db.run.day == $input.day
      return = {type: "count"}
    } as $total
  }

  response = {day: $input.day, total: $total}

  cache = {
    ttl       : 300
    input     : true
    auth      : false
    datasource: true
    ip        : false
  }
}
