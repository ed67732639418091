task quarterly_cleanup {
  stack {
    db.query job {
      where = $db.job.status == "Complete"
      return = {type: "count"}
    } as $done
  }

  schedule {
    events = [
      {
        starts_on: 2026-01-01 00:00:00+0000,
        freq     : 7776000,
        ends_on  : 2030-01-01 00:00:00+0000
      }
    ]
  }
}
