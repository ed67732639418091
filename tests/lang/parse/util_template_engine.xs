function util_template_engine {
  input {
  }

  stack {
    util.template_engine {
      value = """
        Job {{ $job.id }} finished with status {{ $job.status }}.
        """
    } as $summary
  }

  response = $summary
}
