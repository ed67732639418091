function triple_backtick_text {
  input {
  }

  stack {
    var $out {
      value = ```
        {
          "status": "Complete",
          "steps": [1, 2, 3]
        }
        ```|get:"status":null
    }
  }

  response = $out
}
