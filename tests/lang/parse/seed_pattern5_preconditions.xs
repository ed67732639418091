function "Seed/Pattern 5 - Preconditions" {
  input {
    int user_id
  }

  stack {
// Get required data
db.get user {
  field_name = "id"
  field_value = $input.user_id
} as $user

// FP Pattern: Early return with Result type
precondition ($user != null && $user.id != null) {
  error = "User not found with id: " ~ $input.user_id
}

precondition ($user.agent_id != null) {
  error = "User has no agent_id set"
}

// Get credentials
db.query credentials {
  where = $db.credentials.user_id == $input.user_id
       && $db.credentials.platform == "REZEN"
       && $db.credentials.active
  return = {type: "single"}
} as $creds

precondition ($creds != null && $creds.api_key != "") {
  error = "No valid API key found for user"
}
  }

  response = {success: true, data: {user: $user, creds: $creds}, error: null}
}
