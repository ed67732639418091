// The benchmark endpoint: a small constant object.
query hello verb=GET {
  input {
  }
  stack {
  }
  response = {ok: true, message: "hello"}
}
