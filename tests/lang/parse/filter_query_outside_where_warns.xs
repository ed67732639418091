// A db query filter in an ordinary expression: Xano's parser accepts it
// only in a where condition; this runtime runs it anywhere, with a warning.
function next_week {
  input {
    timestamp at
  }

  stack {
    db.query event {
      where = $db.event.created_at|timestamp_add_days:7 > $input.at
      eval = {week: $db.event.created_at|timestamp_week}
    } as $events

    var $due {
      value = $input.at|timestamp_add_days:7
    }
  }

  response = {due: $due, events: $events}
}
