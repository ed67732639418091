// judgement: see docs/language-decisions.md#template-engine
function "err_util_template_engine_division_by_zero" {
  input {
  }

  stack {
    try_catch {
      try {
        util.template_engine {
          value = "{{ 1 / 0 }}"
        } as $out
      }

      catch {
        var $caught {
          value = $error.message
        }
      }
    }

    util.template_engine {
      value = "{{ 10 % 0 }}"
    } as $out2
  }

  response = $out2
}
