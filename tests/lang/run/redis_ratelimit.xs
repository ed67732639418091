// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "redis_ratelimit" {
  input {
  }
  stack {
    var $seen {
      value = []
    }
    for (4) {
      each as $i {
        redis.ratelimit {
          key = "login:ada"
          max = 3
          ttl = 1
      error = ""
        } as $ok
        array.push $seen {
          value = $ok
        }
      }
    }
    redis.ratelimit {
      key = "other"
      max = 0
      ttl = 60
      error = ""
    } as $zero
    util.sleep {
      value = 1.2
    }
    redis.ratelimit {
      key = "login:ada"
      max = 3
      ttl = 1
      error = ""
    } as $next_window
  }
  response = {seen: $seen, zero: $zero, next_window: $next_window}
}
