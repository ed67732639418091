function text_statements {
  input {
  }

  stack {
    var $line {
      value = "  job started  "
    }

    text.trim $line {
      value = ""
    }

    text.prepend $line {
      value = "["
    }

    text.append $line {
      value = "]"
    }

    text.starts_with $line {
      value = "["
    } as $bracketed

    text.icontains $line {
      value = "JOB"
    } as $mentions_job
  }

  response = $line
}
