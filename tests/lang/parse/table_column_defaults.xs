table job {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text status?=Queued
    int attempts?=0
    bool archived?=false
  }
}
