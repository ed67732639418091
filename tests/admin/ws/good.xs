// Two steps that succeed: Complete.
function "Tasks/Good" {
  input {
    int n?
  }

  stack {
    function.run "Workers/Ok" {
      input = {n: $input.n}
    } as $a

    function.run "Workers/Ok" {
      input = {n: $input.n}
    } as $b
  }

  response = {success: true, data: {n: $input.n}, error: null}
}
