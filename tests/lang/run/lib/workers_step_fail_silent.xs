// worker stand-in: fails without an error message
function "Workers/Step Fail Silent" {
  input {
    int user_id
  }

  stack {
  }

  response = {success: false, data: null, error: null}
}
