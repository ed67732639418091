// helper: responds with its whole input object
function "echo_input" {
  input {
    text name?
    int count?
  }

  stack {
  }

  response = $input
}
