// Succeeds: the run is Complete.
function "Tasks/Ping" {
  input {
  }

  stack {
  }

  response = {success: true, data: "pong", error: null}
}
