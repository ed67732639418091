// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "err_redis_ratelimit_exceeded" {
  input {
  }
  stack {
    for (3) {
      each as $i {
        redis.ratelimit {
          key = "api:ada"
          max = 2
          ttl = 60
          error = "Too many requests, try again in a minute"
        } as $ok
      }
    }
  }
  response = $ok
}
