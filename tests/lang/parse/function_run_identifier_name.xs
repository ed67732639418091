function function_run_identifier_name {
  input {
  }

  stack {
    function.run add_numbers {
      input = {a: 1, b: 2}
    } as $sum
  }

  response = $sum
}
