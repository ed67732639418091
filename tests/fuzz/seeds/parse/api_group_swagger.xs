api_group public_hooks {
  canonical = "hooks001"
  swagger = {active: false}
}
