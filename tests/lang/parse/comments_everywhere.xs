// A worker that fetches an agent's profile.
// It returns the Result shape: success, data, error.
function "Workers/Fetch Agent" {
  // what the worker needs
  input {
    // the user whose agent is fetched
    int user_id
  }

  // the work
  stack {
    // load the user first
    db.get user {
      field_name = "id"
      field_value = $input.user_id
    } as $user

    conditional {
      // branch on whether the user exists
      if ($user == null) {
        // no user: report it
        var $result {
          value = {success: false, data: null, error: "no user"}
        }
      }

      else {
        // user found
        var $result {
          value = {success: true, data: $user, error: null}
        }
      }
    }

    foreach ([1, 2]) {
      each as $n {
        // inside a loop body
        debug.log {
          value = $n
        }
      }
    }
  }

  // the Result
  response = $result
}
// trailing comment after the object
