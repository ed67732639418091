// worker stand-in: always succeeds with a fixed Result
function "Workers/Step OK" {
  input {
    int user_id
  }

  stack {
  }

  response = {success: true, data: {user_id: $input.user_id}, error: null}
}
