// worker stand-in: always fails with a fixed Result
function "Workers/Step Fail" {
  input {
    int user_id
  }

  stack {
  }

  response = {success: false, data: null, error: "Rate limited"}
}
