// Reports failure with a Result for n = 2.
function "Workers/Team Roster" {
  input {
    int n
    decimal nap?
  }

  stack {
    util.sleep {
      value = $input.nap ?? 0
    }

    db.add effects {
      data = {run: $input.n, step: "team_roster"}
    } as $row
  }

  response = {
    success: $input.n != 2
    data   : null
    error  : ($input.n == 2 ? "roster down" : null)
  }
}
