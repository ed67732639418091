// The same worker twice and a nested call: agent_data, agent_data_2,
// wrapper and wrapper/team_roster.
function "Tasks/Repeat" {
  input {
  }

  stack {
    function.run "Workers/Agent Data" {
      input = {n: 100}
    } as $a

    function.run "Workers/Agent Data" {
      input = {n: 100}
    } as $b

    function.run "Workers/Wrapper" {
      input = {n: 100}
    } as $c
  }

  response = {success: true}
}
