// helper: return ends the function before its response
function "returns_early" {
  input {
  }

  stack {
    return {
      value = "early"
    }
  }

  response = "late"
}
