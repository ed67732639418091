function "Workers/Wrapper" {
  input {
    int n
  }

  stack {
    function.run "Workers/Team Roster" {
      input = {n: $input.n}
    } as $r
  }

  response = $r
}
