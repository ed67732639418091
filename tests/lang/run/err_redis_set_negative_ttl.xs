// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "err_redis_set_negative_ttl" {
  input {
  }
  stack {
    redis.set {
      key = "k"
      data = 1
      ttl = -5
    }
  }
  response = null
}
