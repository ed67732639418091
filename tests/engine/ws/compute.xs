// Three steps that use no database: their outcomes are written by the
// group commit (src/engine/stepcommit.c), the path the crash case of
// these runs checks.
function "Tasks/Compute" {
  input {
    int n
    decimal nap?
  }

  stack {
    function.run "Workers/Double" {
      input = {n: $input.n, nap: $input.nap}
    } as $a

    function.run "Workers/Double" {
      input = {n: $a.data, nap: $input.nap}
    } as $b

    function.run "Workers/Double" {
      input = {n: $b.data, nap: $input.nap}
    } as $c
  }

  response = {success: true, data: $c.data}
}
