function redis_counters {
  input {
  }

  stack {
    redis.incr {
      key = "runs:today"
      by = 1
    } as $runs_today

    redis.decr {
      key = "slots:free"
      by = 1
    } as $free_slots
  }

  response = $runs_today
}
