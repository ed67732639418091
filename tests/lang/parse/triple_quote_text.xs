function triple_quote_text {
  input {
  }

  stack {
    var $body {
      value = """
        Dear agent,

        Your onboarding finished with status "Partial".
        Steps that failed: see the job record.
        """
    }
  }

  response = $body
}
