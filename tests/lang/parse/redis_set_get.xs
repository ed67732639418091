function redis_set_get {
  input {
  }

  stack {
    redis.set {
      key = "job:42:lock"
      data = "held"
      ttl = 60
    }

    redis.get {
      key = "job:42:lock"
    } as $lock
  }

  response = $lock
}
