// An agent's revenue share network: five tiers, each with a count of
// agents and an amount, made up from the agent's number.
function "Standin/RevShare" {
  description = "The reZEN revenue share tiers of one agent"
  input {
    text agent_id
  }

  stack {
    function.run "Standin/Agent" {
      input = {agent_id: $input.agent_id}
    } as $agent

    var $revshare {
      value = null
    }

    conditional {
      if ($agent != null) {
        var $n {
          value = $agent.id|replace:"RZ-":""|to_int
        }

        var $tiers {
          value = []
        }

        foreach ([1, 2, 3, 4, 5]) {
          each as $tier {
            var.update $tiers {
              value = $tiers|push:{
                tier        : $tier
                agentsInTier: ($n * $tier)|modulus:7
                amount      : {
                  amount  : ((($n * 37 + $tier * 101)|modulus:900) + 100)|add:0.25
                  currency: "USD"
                }
              }
            }
          }
        }

        var $revshare {
          value = {agentId: $agent.id, tiers: $tiers}
        }
      }
    }
  }

  response = $revshare
}
