function db_add {
  input {
    int user_id
  }

  stack {
    db.add notification_items {
      data = {
        user_id: $input.user_id,
        code: "ERROR",
        message: "An error occurred"
      }
    } as $notification
  }

  response = $notification
}
