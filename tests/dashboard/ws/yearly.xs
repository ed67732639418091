// Fired by a cron entry of xsflow.json only (the dashboard lists it).
task "Tasks/Yearly Report" {
  stack {
  }
}
