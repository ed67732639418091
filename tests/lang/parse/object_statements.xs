function object_statements {
  input {
    json record
  }

  stack {
    object.keys {
      value = $input.record
    } as $keys

    object.values {
      value = $input.record
    } as $values

    object.entries {
      value = $input.record
    } as $entries
  }

  response = $entries
}
