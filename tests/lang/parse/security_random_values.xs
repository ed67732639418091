function security_random_values {
  input {
  }

  stack {
    security.random_number {
      min = 1
      max = 1000
    } as $jitter_ms

    security.random_bytes {
      length = 16
    } as $nonce
  }

  response = $jitter_ms
}
