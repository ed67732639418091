query page verb=GET {
  input {
    text name?="world"
  }
  stack {
    util.set_header {
      value = "Content-Type: text/html; charset=utf-8"
    }
  }
  response = "<p>hello " ~ $input.name ~ "</p>"
}
