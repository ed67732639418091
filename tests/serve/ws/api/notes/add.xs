// An endpoint that writes and reads the workspace's database through the
// server thread's own connection.
query add verb=POST {
  input {
    text body
  }

  stack {
    db.add note {
      data = {body: $input.body}
    } as $row

    db.get note {
      field_name = "id"
      field_value = $row.id
    } as $again
  }

  response = $again
}
