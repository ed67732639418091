function foreach_nested {
  input {
    json agents
  }

  stack {
    var $pairs {
      value = []
    }

    foreach ($input.agents) {
      each as $agent {
        foreach ($agent.teams) {
          each as $team {
            var.update $pairs {
              value = $pairs|push:{agent: $agent.id, team: $team.id}
            }
          }
        }
      }
    }
  }

  response = $pairs
}
