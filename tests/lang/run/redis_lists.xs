// judgement: see docs/redis.md (Xano Data Caching functions on Redis semantics)
function "redis_lists" {
  input {
  }
  stack {
    redis.push {
      package_key = "1"
      key = "q"
      value = "b"
    } as $len1
    redis.push {
      package_key = "1"
      key = "q"
      value = {id: 3}
    } as $len2
    redis.unshift {
      key = "q"
      value = "a"
    } as $len3
    redis.push {
      package_key = "1"
      key = "q"
      value = "b"
    } as $len4
    redis.range {
      key = "q"
      start = 0
      stop = -1
    } as $all
    redis.range {
      key = "q"
      start = -2
      stop = 100
    } as $tail
    redis.range {
      key = "q"
      start = 3
      stop = 1
    } as $empty
    redis.count {
      key = "q"
    } as $count
    redis.remove {
      key = "q"
      value = "b"
      count = -1
    }
    redis.range {
      key = "q"
      start = 0
      stop = -1
    } as $after_remove_last
    redis.pop {
      key = "q"
    } as $last
    redis.shift {
      key = "q"
    } as $first
    redis.remove {
      key = "q"
      value = "b"
      count = ""
    }
    redis.count {
      key = "q"
    } as $count_after
    redis.has {
      key = "q"
    } as $exists_after
    redis.pop {
      key = "q"
    } as $pop_empty
    redis.shift {
      key = "never"
    } as $shift_missing
    redis.range {
      key = "never"
      start = 0
      stop = -1
    } as $range_missing
  }
  response = {lens: [$len1, $len2, $len3, $len4], all: $all, tail: $tail, empty: $empty, count: $count, after_remove_last: $after_remove_last, last: $last, first: $first, count_after: $count_after, exists_after: $exists_after, pop_empty: $pop_empty, shift_missing: $shift_missing, range_missing: $range_missing}
}
