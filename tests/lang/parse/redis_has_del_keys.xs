function redis_has_del_keys {
  input {
  }

  stack {
    redis.has {
      key = "job:42:lock"
    } as $locked

    redis.del {
      key = "job:42:lock"
    }

    redis.keys {
      search = "job:*"
    } as $job_keys
  }

  response = $job_keys
}
