// The seed's sequential orchestrator in small: three workers, each a
// step; a worker that reports failure does not stop it (Partial); n = 3
// fails after two steps (Error, retried).
function "Tasks/Onboard" {
  input {
    int n
    decimal nap?
  }

  stack {
    function.run "Workers/Agent Data" {
      input = {n: $input.n, nap: $input.nap}
    } as $a

    function.run "Workers/Team Roster" {
      input = {n: $input.n, nap: $input.nap}
    } as $b

    precondition ($input.n != 3) {
      error = "n must not be 3"
    }

    function.run "Workers/Rev Share" {
      input = {n: $input.n, nap: $input.nap, api_key: "sk-live-123"}
    } as $c
  }

  response = {success: true, data: {a: $a.data, c: $c.data}}
}
