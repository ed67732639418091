function redis_ratelimit {
  input {
  }

  stack {
    redis.ratelimit {
      key = "partner-api"
      max = 100
      ttl = 60
      error = "partner API rate limit reached"
    } as $limit
  }

  response = $limit
}
