function input_table_reference {
  input {
    int? user_id? {
      table = "user"
      description = "Optional owner"
    }
  }

  stack {

  }

  response = $input
}
