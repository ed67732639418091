// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "redis_counters" {
  input {
  }
  stack {
    redis.incr {
      key = "hits"
      by = 1
    } as $a
    redis.incr {
      package_key = "1"
      key = "hits"
      by = 10
    } as $b
    redis.decr {
      key = "hits"
      by = 3
    } as $c
    redis.decr {
      key = "down"
      by = 2
    } as $d
    redis.set {
      key = "stored"
      data = 100
      ttl = 0
    }
    redis.incr {
      key = "stored"
      by = -1
    } as $e
    redis.get {
      key = "hits"
    } as $f
  }
  response = [$a, $b, $c, $d, $e, $f]
}
