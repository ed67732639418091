function input_nullable_markers {
  input {
    text? nickname
    int? parent_id?
    uuid ?trace_id?
    timestamp ?ended_at?
  }

  stack {

  }

  response = $input
}
