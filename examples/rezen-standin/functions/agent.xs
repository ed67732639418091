// An agent profile made up from its number, the same on every call:
// RZ-0001 to RZ-0300 exist. Agents 1 to 36 lead a team each; team n has
// agents 37 + 7 (n - 1) to 43 + 7 (n - 1) as members; 289 to 300 have
// no team.
function "Standin/Agent" {
  description = "The reZEN profile of one agent, or null when there is no such agent"
  input {
    text agent_id filters=trim|upper
  }

  stack {
    var $n {
      value = $input.agent_id|replace:"RZ-":""|to_int
    }

    var $agent {
      value = null
    }

    conditional {
      if (($input.agent_id|starts_with:"RZ-") && $n >= 1 && $n <= 300) {
        var $first_names {
          value = ["Ava", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace", "Hugo", "Iris", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Sam", "Tara"]
        }

        var $last_names {
          value = ["Nguyen", "Smith", "Garcia", "Okafor", "Rossi", "Kim", "Martin", "Silva", "Cohen", "Novak", "Patel", "Larsen", "Dubois", "Tanaka", "Walsh"]
        }

        var $first {
          value = $first_names|get:($n|modulus:20)
        }

        var $last {
          value = $last_names|get:($n|modulus:15)
        }

        var $leader {
          value = $n <= 36 ? $n : (($n - 37)|divide:7|floor) + 1
        }

        var $agent {
          value = {
            id          : $input.agent_id
            firstName   : $first
            lastName    : $last
            emailAddress: ($first ~ "." ~ $last ~ "." ~ $n ~ "@rezen.example")|to_lower
            status      : ($n|modulus:11) == 0 ? "INACTIVE" : "ACTIVE"
            team        : $leader > 36 ? null : {
              id  : "T-" ~ ("%03d"|sprintf:$leader)
              name: "Team " ~ ("%03d"|sprintf:$leader)
            }
            cap         : {amount: 6000 + ($n|modulus:4) * 3000, currency: "USD"}
          }
        }
      }
    }
  }

  response = $agent
}
