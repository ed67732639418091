task hourly_sync {
  active = false
  datasource = "live"
  description = "Pulls agent changes every hour"
  docs = "Disabled until the partner API key is rotated"

  stack {
    var $started {
      value = now
    }
  }

  schedule {
    events = [{starts_on: 2026-02-01 00:00:00+0000, freq: 3600}]
  }

  history = "inherit"
  tags = ["sync", "hourly"]
}
