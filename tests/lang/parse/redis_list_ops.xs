function redis_list_ops {
  input {
    int job_id
  }

  stack {
    redis.push {
      package_key = "queue"
      key = "pending"
      value = $input.job_id
    }

    redis.range {
      key = "pending"
      start = 0
      stop = -1
    } as $pending

    redis.pop {
      key = "pending"
    } as $next
  }

  response = $pending
}
