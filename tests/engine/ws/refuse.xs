// A Result with success = false and no step done: Error, not retried.
function "Tasks/Refuse" {
  input {
  }

  stack {
  }

  response = {success: false, data: null, error: "nothing to do"}
}
