// judgement: see docs/language-decisions.md#db-external
function "err_db_external_mysql_no_driver" {
  stack {
    db.external.mysql.direct_query {
      code = "SELECT * FROM USERS WHERE ID = ?"
      response_type = "list"
      connection_string = "mysql://user_name:user_password@127.0.0.1:3306/my_db"
      arg = 1
    } as $x
  }
  response = $x
}
