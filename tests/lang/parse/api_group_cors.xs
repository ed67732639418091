api_group "Job Admin" {
  description = "Endpoints to inspect and retry jobs"
  active = true
  canonical = "jobadm01"
  tags = ["admin"]
  cors = {
    mode: "custom",
    origins: ["https://ops.example.com"],
    methods: ["GET", "POST"],
    headers: ["X-Request-Id"],
    credentials: false,
    max_age: 600
  }
}
