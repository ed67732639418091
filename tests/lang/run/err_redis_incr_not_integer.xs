// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "err_redis_incr_not_integer" {
  input {
  }
  stack {
    redis.set {
      key = "price"
      data = 9.99
      ttl = 0
    }
    redis.incr {
      key = "price"
      by = 1
    } as $v
  }
  response = $v
}
