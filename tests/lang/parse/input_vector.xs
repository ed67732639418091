function input_vector.xs {
  input {
    vector embedding
    vector ?query_vector?
  }

  stack {

  }

  response = $input
}
