function input_basic_types {
  input {
    int count
    decimal amount
    text name
    bool active
    timestamp started
    date birthday
    email contact
    password secret
    uuid run_key
    json payload
  }

  stack {

  }

  response = $input
}
