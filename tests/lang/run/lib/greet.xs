// helper: optional input with a default value
function "greet" {
  input {
    text name?="world"
  }

  stack {
  }

  response = "Hello, " ~ $input.name
}
