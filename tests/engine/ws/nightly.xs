task "Tasks/Nightly" {
  stack {
    db.add effects {
      data = {run: 0, step: "nightly"}
    } as $row
  }

  schedule {
    events = [{starts_on: 2020-01-01 00:00:00+0000, freq: 3600}]
  }
}
