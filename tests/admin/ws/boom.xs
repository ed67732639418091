// Throws after one step: Error (one attempt).
function "Tasks/Boom" {
  input {
  }

  stack {
    function.run "Workers/Ok" {
      input = {n: 2}
    } as $a

    throw {
      name = "BoomError"
      value = "it went boom"
    }
  }

  response = $a
}
