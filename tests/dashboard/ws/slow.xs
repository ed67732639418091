// Sleeps in short naps (a minute at most) until cancelled: the dashboard's
// Cancel button has a running run to stop.
function "Tasks/Slow" {
  input {
  }

  stack {
    for (600) {
      each as $i {
        util.sleep {
          value = 0.1
        }
      }
    }
  }

  response = {success: true, data: null, error: null}
}
