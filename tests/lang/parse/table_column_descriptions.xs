table agent {
  auth = false

  schema {
    int id {
      description = "Primary key"
    }

    text name? {
      description = "Display name"
    }

    decimal revenue_share? {
      description = "Fraction of revenue shared, 0 to 1"
    }
  }
}
