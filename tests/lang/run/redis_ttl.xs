// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "redis_ttl" {
  input {
  }
  stack {
    redis.set {
      key = "short"
      data = "soon gone"
      ttl = 1
    }
    redis.set {
      key = "long"
      data = "stays"
      ttl = 3600
    }
    redis.get {
      key = "short"
    } as $before
    redis.incr {
      key = "short_counter"
      by = 1
    } as $c0
    util.sleep {
      value = 1.2
    }
    redis.get {
      key = "short"
    } as $after
    redis.has {
      key = "short"
    } as $has_after
    redis.keys {
      search = "*"
    } as $keys
    redis.get {
      key = "long"
    } as $long
  }
  response = {before: $before, after: $after, has_after: $has_after, keys: $keys, long: $long}
}
