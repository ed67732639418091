// The benchmark endpoint that reads one row: GET /api/item/{id}.
query "item/{id}" verb=GET {
  input {
    int id
  }

  stack {
    db.get item {
      field_name = "id"
      field_value = $input.id
    } as $row
  }

  response = $row
}
