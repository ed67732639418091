function db_query_join {
  input {
  }

  stack {
    db.query job {
      join = {
        user: {
          table: "user"
          type : "left"
          where: $db.job.user_id == $db.user.id
        }
      }

      where = $db.user.active == true
      return = {type: "list"}
    } as $jobs
  }

  response = $jobs
}
