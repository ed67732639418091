function input_vector {
  input {
    vector embedding
    vector ?query_vector?
  }

  stack {

  }

  response = $input
}
