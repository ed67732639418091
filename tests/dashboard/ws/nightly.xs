// A schedule for the dashboard's schedules page: hourly from 2020, ending
// in 2099.
task "Tasks/Nightly" {
  stack {
  }

  schedule {
    events = [
      {
        starts_on: 2020-01-01 00:00:00+0000
        freq     : 3600
        ends_on  : 2099-01-01 00:00:00+0000
      }
    ]
  }
}
