// util.post_process: the new note is the response; a second note and a
// greet step are made after it, by a durable background run that sees
// $row and $tag as they were when the stack ended. With fail = true the
// stack fails after the post_process, which is then dropped.
query add_later verb=POST {
  input {
    text body
    bool fail?
  }

  stack {
    db.add note {
      data = {body: $input.body}
    } as $row

    var $tag {
      value = "later"
    }

    util.post_process {
      stack {
        db.add note {
          data = {body: $tag ~ ":" ~ $input.body ~ "#" ~ $row.id}
        } as $later

        function.run greet {
          input = {user_id: $row.id, note: $tag}
        } as $greeting
      }

      description = "write the follow-up note after the response"
    }

    var.update $tag {
      value = "later-" ~ $row.id
    }

    precondition ($input.fail != true) {
      error = "asked to fail"
    }
  }

  response = $row
}
