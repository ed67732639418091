function input_description_sensitive {
  input {
    text api_key {
      description = "Partner API key"
      sensitive = true
    }

    int user_id? {
      description = """
        Owner of the run.
        Optional for system-started runs.
        """
    }
  }

  stack {

  }

  response = $input
}
