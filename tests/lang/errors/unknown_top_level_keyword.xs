// expect: 2:1 unknown object kind 'procedure'
procedure do_things {
  input {
  }

  stack {
  }

  response = null
}
