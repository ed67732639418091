function "Workers/Normalize Roster" {
  input {
    json roster
  }

  stack {
    var $members {
      value = []
    }

    foreach ($input.roster) {
      each as $m {
        var.update $members {
          value = $members|push:{
            id: $m.id,
            name: ($m.first_name ~ " " ~ $m.last_name)|trim,
            email: $m.email|to_lower
          }
        }
      }
    }
  }

  response = {success: true, data: {members: $members, count: $members|count}, error: null}
}
