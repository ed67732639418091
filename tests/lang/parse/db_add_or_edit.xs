function db_add_or_edit {
  input {
    text external_id
    text name
  }

  stack {
    db.add_or_edit agent {
      field_name = "external_id"
      field_value = $input.external_id
      data = {
        external_id: $input.external_id
        name       : $input.name
        synced_at  : now
      }
    } as $agent
  }

  response = $agent
}
