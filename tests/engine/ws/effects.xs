// Every step of the test workspace appends here: a step that ran twice
// shows as two rows.
table effects {
  schema {
    int id
    int run
    text step
  }
}
