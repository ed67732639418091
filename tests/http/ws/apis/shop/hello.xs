// A small object, for the benchmark too.
query hello verb=GET {
  input {
  }
  stack {
  }
  response = {ok: true, message: "hello"}
}
