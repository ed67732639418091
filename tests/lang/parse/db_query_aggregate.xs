function db_query_aggregate {
  input {
  }

  stack {
    db.query step_record {
      return = {
        type : "aggregate"
        group: {step_name: $db.step_record.name}
        eval : {
          failures: $db.step_record.id|count
          slowest : $db.step_record.duration_ms|max
        }
      }
    } as $per_step
  }

  response = $per_step
}
