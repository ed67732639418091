// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "err_redis_get_list" {
  input {
  }
  stack {
    redis.unshift {
      key = "q"
      value = 1
    }
    redis.get {
      key = "q"
    } as $v
  }
  response = $v
}
