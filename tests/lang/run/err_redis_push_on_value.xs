// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "err_redis_push_on_value" {
  input {
  }
  stack {
    redis.set {
      key = "name"
      data = "xano"
      ttl = 0
    }
    redis.push {
      package_key = "1"
      key = "name"
      value = "x"
    } as $n
  }
  response = $n
}
