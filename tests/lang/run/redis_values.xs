// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "redis_values" {
  input {
  }
  stack {
    redis.set {
      key = "user:1"
      data = {name: "Ada", tags: ["a", "b"], age: 36.5, admin: false}
      ttl = 0
    }
    redis.set {
      key = "user:2"
      data = "plain text"
      ttl = 3600
    }
    redis.set {
      key = "nothing"
      data = null
      ttl = 0
    }
    redis.set {
      key = "user:2"
      data = 42
      ttl = 0
    }
    redis.get {
      key = "user:1"
    } as $u1
    redis.get {
      key = "user:2"
    } as $u2
    redis.get {
      key = "nothing"
    } as $n
    redis.get {
      key = "never_set"
    } as $missing
    redis.has {
      key = "nothing"
    } as $has_null
    redis.has {
      key = "never_set"
    } as $has_missing
    redis.keys {
      search = "user:*"
    } as $users
    redis.keys {
      search = "*"
    } as $all
    redis.keys {
      search = "user:[^1]"
    } as $not_one
    redis.keys {
      search = "?othing"
    } as $one_char
    redis.del {
      key = "user:1"
    }
    redis.del {
      key = "never_set"
    }
    redis.has {
      key = "user:1"
    } as $after_del
  }
  response = {u1: $u1, u2: $u2, n: $n, missing: $missing, has_null: $has_null, has_missing: $has_missing, users: $users, all: $all, not_one: $not_one, one_char: $one_char, after_del: $after_del}
}
