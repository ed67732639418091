function db_query_join_eval {
  input {
  }

  stack {
    db.query step_record {
      join = {
        run: {
          table: "run"
          where: $db.step_record.run_id == $db.run.id
        }
      }

      eval = {
        run_status: $db.run.status
        run_started: $db.run.started
      }

      return = {type: "list"}
    } as $steps
  }

  response = $steps
}
