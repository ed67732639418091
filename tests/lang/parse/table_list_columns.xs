table run {
  auth = false

  schema {
    int id
    text[] failed_steps?
    text[] completed_steps? filters=trim
    int[] attempt_ms?
  }
}
